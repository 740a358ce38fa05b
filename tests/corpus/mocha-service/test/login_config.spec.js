'use strict';

// A forum's authentication suite: tests flip a shared config object and
// put it back, and hooks empty tables through the project's db helpers.
const assert = require('assert');
const meta = require('../src/meta');
const dbUtils = require('./utils/db-utils');
const testUtils = require('./utils');
const helpers = require('./helpers');

describe('login config', () => {
	beforeEach(async () => {
		await dbUtils.truncate('brute');
		await testUtils.truncate('sessions');
	});

	afterEach(async () => {
		await fs.truncate('login.log');
		await stringUtils.truncate('title');
	});

	it('allows login with email', async () => {
		const oldValue = meta.config.allowLoginWith;
		meta.config.allowLoginWith = 'username-email';
		const { response } = await helpers.loginUser('regular', 'regularpwd');
		assert.strictEqual(response.statusCode, 200);
		meta.config.allowLoginWith = oldValue;
	});

	it('rejects an email when only usernames log in', async () => {
		meta.config.allowLoginWith = 'username';
		const { response } = await helpers.loginUser('regular', 'regularpwd');
		meta.config.allowLoginWith = 'username-email';
		assert.equal(response.statusCode, 400);
	});

	it('reads the login type it expects', async () => {
		assert.equal(meta.config.allowLoginWith, 'username-email');
	});
});
