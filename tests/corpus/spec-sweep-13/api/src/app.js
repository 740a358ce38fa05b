module.exports = function app(req, res) {
  res.end('ok');
};
