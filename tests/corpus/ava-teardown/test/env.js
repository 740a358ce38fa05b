import process from 'node:process';
import test from 'ava';

let config;

test.before(async () => {
	config = await Promise.resolve({region: 'eu'});
});

test('reads the region from the environment', t => {
	const old = process.env.REGION;
	process.env.REGION = 'us';
	t.teardown(() => {
		process.env.REGION = old;
	});
	t.is(process.env.REGION, 'us');
	t.truthy(config);
});

test('loads the fixture project', t => {
	const cwd = process.cwd();
	process.chdir('fixtures/project');
	t.teardown(() => process.chdir(cwd));
	t.pass();
});

test('switches the log level', t => {
	process.env.LOG_LEVEL = 'debug';
	t.teardown(() => {
		t.log('done');
	});
	t.pass();
});

test.serial('runs in the fixture directory', t => {
	process.chdir('fixtures/other');
	t.pass();
});
