module.exports = { app: require('express')() };
