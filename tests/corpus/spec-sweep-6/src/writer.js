const fs = require('fs');

function dump() {
  fs.writeFileSync('/tmp/not-a-test-js.txt', 'x');
}

module.exports = { dump };
