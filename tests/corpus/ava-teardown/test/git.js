// ShellJS's `cd`/`pushd` call `process.chdir`: the worker's cwd moves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import sh from 'shelljs';

const mkTmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'git-'));

test.serial.beforeEach(t => {
	const bare = mkTmpDir();
	const target = mkTmpDir();
	sh.pushd('-q', bare);
	sh.exec('git init --bare .');
	sh.exec(`git clone ${bare} ${target}`);
	sh.pushd('-q', target);
	// In the temporary clone: the test's own file.
	fs.writeFileSync('file', 'line');
	t.context = {bare, target};
});

test.serial('tags the release', t => {
	sh.exec('git tag 1.0.0');
	t.pass();
});

test('runs in a fixture project and goes back', t => {
	const cwd = process.cwd();
	sh.cd('fixtures/project');
	t.teardown(() => sh.cd(cwd));
	t.pass();
});

test('runs in another fixture project', t => {
	sh.cd('fixtures/other');
	t.pass();
});
