import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-toolbox/network-helpers";

describe("Registrar", function () {
  async function deployRegistrar() {
    const [owner, alice] = await ethers.getSigners();
    const registrar = await ethers.deployContract("Registrar");
    return { registrar, owner, alice };
  }

  it("registers a user", async function () {
    const { registrar, alice } = await loadFixture(deployRegistrar);
    await registrar.connect(alice).createUser({ email: "alice@example.com", username: "alice" });
    expect(await registrar.usernameOf(alice.address)).to.equal("alice");
  });
});
