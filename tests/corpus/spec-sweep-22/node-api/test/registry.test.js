const { expect } = require('chai');
const { ethers } = require('hardhat');

describe('NameRegistry', () => {
  let registry;

  beforeEach(async () => {
    const Registry = await ethers.getContractFactory('NameRegistry');
    registry = await Registry.deploy();
  });

  it('registers a name on its own deployment', async () => {
    await registry.registerUser('alice@example.com');
    expect(await registry.isRegistered('alice@example.com')).to.equal(true);
  });

  it('registers on the shared staging deployment', async () => {
    const staging = registry.attach(process.env.REGISTRY_ADDRESS);
    await staging.registerUser('bob@example.com');
  });
});
