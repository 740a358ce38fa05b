const { expect } = require("chai");
const { ethers } = require("hardhat");

// Runs against the shared testnet deployment (`--network sepolia`): every
// worker and every CI run writes into the same contract.
const REGISTRY = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";

describe("live registry", function () {
  it("registers the smoke-test user", async function () {
    const registry = await ethers.getContractAt("Registry", REGISTRY);
    await registry.createUser("smoke@example.com");
    expect(await registry.isRegistered("smoke@example.com")).to.equal(true);
  });
});
