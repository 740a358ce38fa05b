const { expect } = require("chai");
const { ethers } = require("hardhat");

describe("DocStorage", function () {
  let docStorage;
  let addr1;

  beforeEach(async function () {
    [, addr1] = await ethers.getSigners();
    const DocStorage = await ethers.getContractFactory("DocStorage");
    docStorage = await DocStorage.deploy();
    await docStorage.waitForDeployment();
  });

  it("creates a user", async function () {
    // Stored in the contract this file just deployed: its own storage.
    await docStorage.connect(addr1).createUser("user1@example.com");
    expect(await docStorage.getUserEmail(addr1.address)).to.equal("user1@example.com");
  });
});
