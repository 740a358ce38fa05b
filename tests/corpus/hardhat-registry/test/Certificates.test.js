const Certificates = artifacts.require("Certificates");
const { expectRevert } = require("@openzeppelin/test-helpers");

contract("Certificates", (accounts) => {
  let certificates;
  const [owner, user1] = accounts;

  beforeEach(async () => {
    certificates = await Certificates.new({ from: owner });
  });

  it("rejects a second registration", async () => {
    await certificates.registerUser("test@example.com", "testuser", { from: user1 });
    await expectRevert(
      certificates.registerUser("test@example.com", "testuser", { from: user1 }),
      "User already registered"
    );
  });
});
