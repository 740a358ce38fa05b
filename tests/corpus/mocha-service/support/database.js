const fs = require('fs');
const mongoose = require('mongoose');

// Mocha global fixtures: they run once per run, before and after all the
// workers, like Jest's globalSetup/globalTeardown.
exports.mochaGlobalSetup = async function () {
  process.env.MONGO_URL = process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/orders-test';
  await mongoose.connect(process.env.MONGO_URL);
  await mongoose.connection.db.dropDatabase();
  fs.writeFileSync('/tmp/orders-test-db.json', JSON.stringify({ url: process.env.MONGO_URL }));
};

exports.mochaGlobalTeardown = async function () {
  await mongoose.connection.collection('orders').drop();
  await mongoose.disconnect();
};

// Used by the e2e specs: empties one collection.
exports.dropCollection = async function (name) {
  await mongoose.connection.collection(name).drop();
};
