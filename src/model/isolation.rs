//! The spec's "isolated values": sources that are unique per worker or per
//! test. Config can add env var names and function names.

/// Environment variables that differ per worker.
pub const ISOLATED_ENV_VARS: &[&str] = &[
    "JEST_WORKER_ID",
    "VITEST_POOL_ID",
    "VITEST_WORKER_ID",
    "TEST_PARALLEL_INDEX",
    "TEST_WORKER_INDEX",
    "NODE_TEST_WORKER_ID",
    "MOCHA_WORKER_ID",
    "PYTEST_XDIST_WORKER",
    "PYTEST_XDIST_TESTRUNUID",
];

/// Properties that are unique per worker/test whatever the receiver
/// (`testInfo.parallelIndex`, `t.workerId`, `process.pid`).
pub const ISOLATED_PROPERTIES: &[&str] = &["parallelIndex", "workerIndex", "workerId", "pid"];

/// Function names whose result is unique per call, per process or per
/// worker (last segment of the callee path).
pub const ISOLATED_FUNCTIONS: &[&str] = &[
    "uuid",
    "uuid1",
    "uuid3",
    "uuid4",
    "uuid5",
    "uuid6",
    "uuid7",
    "uuidv4",
    "uuidv7",
    "v1",
    "v4",
    "v7",
    "randomUUID",
    "randomBytes",
    "randomInt",
    "random",
    "nanoid",
    "customAlphabet",
    "cuid",
    "createId",
    "ulid",
    "getpid",
    "outputPath",
    "getPort",
    "getPorts",
    "getPortPromise",
    "getFreePort",
    "get_free_port",
    "getRandomPort",
    "get_random_port",
    "unused_port",
    "unused_tcp_port",
    "find_free_port",
    "findFreePort",
    "free_port",
    "portfinder",
    "detectPort",
    "mkdtemp",
    "mkdtempSync",
    // Twisted trial's `self.mktemp()`: a path named after the test id,
    // under the run's `_trial_temp` (`tempfile.mktemp()` too: a fresh name).
    "mktemp",
    "mkstemp",
    "mkdtemp_",
    "NamedTemporaryFile",
    "TemporaryDirectory",
    "SpooledTemporaryFile",
    "TemporaryFile",
    "token_hex",
    "token_urlsafe",
    "token_bytes",
    "uniqueId",
    "unique_id",
    "randint",
    "randrange",
    "choice",
    "getrandbits",
    "urandom",
    "hrtime",
    "perf_counter_ns",
    "time_ns",
    "dirSync",
    "fileSync",
    "tmpNameSync",
    "tmpName",
];

/// Receivers whose every call is isolated (`faker.internet.email()`).
pub const ISOLATED_RECEIVERS: &[&str] = &[
    "faker", "chance", "Faker", "fake", "secrets", "tempfile", "tmp",
];

/// The isolation knowledge in force: built-ins plus what config adds.
#[derive(Debug, Clone, Default, Hash)]
pub struct Isolation {
    pub extra_env_vars: Vec<String>,
    pub extra_functions: Vec<String>,
}

impl Isolation {
    pub fn is_isolated_env(&self, name: &str) -> bool {
        ISOLATED_ENV_VARS.contains(&name) || self.extra_env_vars.iter().any(|v| v == name)
    }

    /// Whether a call through `path` (dotted callee path) yields an isolated
    /// value.
    pub fn is_isolated_call(&self, path: &str) -> bool {
        let method = super::facts::last_segment(path);
        if method == "gettempdir" || method == "gettempdirb" {
            return false;
        }
        if ISOLATED_FUNCTIONS.contains(&method) || self.extra_functions.iter().any(|f| f == method)
        {
            return true;
        }
        // `Date.now()`, `Math.random()`.
        if matches!(path, "Date.now" | "Math.random" | "performance.now") {
            return true;
        }
        let first = super::facts::first_segment(path);
        if ISOLATED_RECEIVERS.contains(&first) && path.contains('.') {
            return true;
        }
        // `ephemeral_port_reserve.reserve()`: a port the OS hands out free.
        let path_lower = path.to_ascii_lowercase();
        if path_lower.contains("ephemeral_port") || path_lower.contains("ephemeralport") {
            return true;
        }
        // `getPort()`-style helpers: a name that says it finds a free port.
        let lower = method.to_ascii_lowercase();
        (lower.contains("free")
            || lower.contains("unused")
            || lower.contains("available")
            || lower.contains("random"))
            && lower.contains("port")
    }
}
