const assert = require("assert");
const { createWatcher } = require("../support/hooks");

// A boolean member flipped and flipped back inside one test leaves nothing
// for the other tests to read.
describe("watcher pause", function () {
  let watcher;

  before(function () {
    watcher = createWatcher();
  });

  it("reloads while running", function () {
    watcher.emit("change", "styles.css");
    assert.strictEqual(watcher.paused, false);
  });

  it("ignores changes while paused", function () {
    watcher.paused = true;
    watcher.emit("change", "styles.css");
    assert.strictEqual(watcher.reloads, 0);
    watcher.paused = false;
  });
});

// Flipped in one test and left so: the next test reads what it left.
describe("watcher mute", function () {
  let watcher;

  before(function () {
    watcher = createWatcher();
  });

  it("mutes", function () {
    watcher.muted = true;
    assert.ok(watcher.muted);
  });

  it("stays muted", function () {
    assert.strictEqual(watcher.muted, true);
  });
});
