//! `hardcoded-port`: a test binds a literal TCP port, so two workers running
//! at once collide with `EADDRINUSE`.
//!
//! Flagged: `app.listen(3000)`, `listen({ port: 3000 })`,
//! `new WebSocketServer({ port })`, socket.io `new Server(3000)`, Python
//! `sock.bind(("127.0.0.1", 8000))`, `HTTPServer(("", 8000), H)`,
//! `uvicorn.run(app, port=8000)`, `app.run(port=5000)`, Django
//! `LiveServerTestCase` with a fixed `port`, and literal defaults such as
//! `process.env.PORT ?? 4000`, ZeroMQ `sock.bind("tcp://127.0.0.1:5555")`,
//! asyncio `loop.create_server(factory, host, 8888)`, a server run on a
//! thread or process (`Process(target=uvicorn.run, kwargs={"port": 8000})`),
//! a testcontainers host port (`container.with_bind_ports(27017, 27017)`),
//! `@nuxt/test-utils`' `setup({ port: 3000 })` (it starts the app's server
//! on that port unless `server: false`), PyTorch's rendezvous store
//! (`init_process_group(init_method="tcp://127.0.0.1:23456")`, a literal
//! `MASTER_PORT` set in the function that calls `init_process_group` with
//! the default `env://` method, `TCPStore(host, 29500, n, True)`: rank 0
//! binds it), pysnmp's `UdpTransport().openServerMode(("localhost", 1611))`,
//! a local address given by keyword (aiocoap's `bind=("::1", 5683)`,
//! asyncio's `local_addr=`), and an OPC UA server's endpoint URL
//! (`srv.set_endpoint("opc.tcp://127.0.0.1:4840")`, once it is started),
//! a Hypercorn config's `bind` (`config.bind = "0.0.0.0:1234"` then
//! `hypercorn.trio.serve(app, config)`), Playwright's
//! `browserType.launchServer({ port: 8800 })` and a browser launched with a
//! literal DevTools port (`puppeteer.launch({ args:
//! ['--remote-debugging-port=9222'] })`), reached directly or through a
//! constant, a same-file fixture, or the literal default of a helper nothing
//! in the file calls (`def start(self, port=8900)` in a test-support module). Reported at the port expression in the binding call.
//!
//! Not flagged: port 0, isolated values (worker ids, `getPort()`), a port
//! read from config or env without a literal default, client calls
//! (`fetch('http://localhost:3000')`), and `make_server` given a test-double
//! server class (`MockServer`, `FakeServer`), which never binds.

use super::{text, word, Rule, RuleContext, SharedThrough, Triggers};
use crate::finding::{Applicability, Edit};
use crate::model::facts::{self, object_property, Call};
use crate::model::kinds::FieldByName;
use crate::model::scope::ScopeKind;
use crate::model::values::Value;
use crate::model::Model;
use tree_sitter::Node;

pub struct HardcodedPort;

/// JS calls that bind: `x.listen(port | {port})`, `serve({port})`, NestJS's
/// `app.listenAsync(port)` (before v8).
/// (`lift` is Sails' `app.lift({ port })` and `launchServer` Playwright's
/// `browserType.launchServer({ port })`, which serves the browser's
/// WebSocket endpoint there; both count only with an options object.)
const JS_BIND_METHODS: &[&str] = &["listen", "listenAsync", "serve", "lift", "launchServer"];
/// JS calls that launch a browser from an options object whose `args` are
/// its command line: Puppeteer's `puppeteer.launch({ args })`, Playwright's
/// `browserType.launch({ args })`, `launchServer({ args })` and
/// `launchPersistentContext(dir, { args })`.
const JS_BROWSER_LAUNCHES: &[&str] = &["launch", "launchServer", "launchPersistentContext"];
/// The Chromium switch that makes the launched browser listen for DevTools
/// clients on a TCP port: `--remote-debugging-port=9222`.
const REMOTE_DEBUGGING_PORT: &str = "--remote-debugging-port=";
/// JS constructors that bind when given a port: `new WebSocketServer({port})`,
/// socket.io `new Server(3000)`.
const JS_BIND_CONSTRUCTORS: &[&str] = &["WebSocketServer", "Server", "WebSocket.Server"];

/// Python servers taking an `(host, port)` address first:
/// `HTTPServer(("", 8000), Handler)`, `socket.create_server(("", 0))`.
const PY_ADDRESS_SERVERS: &[&str] = &[
    "HTTPServer",
    "ThreadingHTTPServer",
    "TCPServer",
    "ThreadingTCPServer",
    "ForkingTCPServer",
    "UDPServer",
    "ThreadingUDPServer",
    "WSGIServer",
    "create_server",
    "SimpleXMLRPCServer",
    "bind",
    // pysnmp's transports: `udp.UdpTransport().openServerMode(("localhost",
    // 1611))` (`open_server_mode` from pysnmp 7).
    "openServerMode",
    "open_server_mode",
];
/// Keywords naming the local address a call binds, as an `(host, port)`
/// tuple: aiocoap's `Context.create_server_context(site, bind=("::1", 5683))`,
/// asyncio's `loop.create_datagram_endpoint(factory, local_addr=("", 9999))`.
const PY_BIND_ADDRESS_KEYWORDS: &[&str] = &["bind", "local_addr"];
/// Calls that serve on the port of an endpoint URL: asyncua's (and
/// python-opcua's) `server.set_endpoint("opc.tcp://0.0.0.0:4840/server/")`.
const PY_ENDPOINT_URL_SERVERS: &[&str] = &["set_endpoint"];
/// Python servers taking `(host, port, ...)` positionally, or `port=`:
/// werkzeug/wsgiref `make_server("", 5000, app)`, `asyncio.start_server(cb,
/// host, port)`, `websockets.serve(handler, host, port)`,
/// `web.TCPSite(runner, host, port)`.
const PY_HOST_PORT_SERVERS: &[(&str, usize)] = &[
    ("make_server", 1),
    ("start_server", 2),
    ("create_server", 2),
    ("serve", 2),
    ("TCPSite", 2),
    ("start_unix_server", usize::MAX),
];
/// Python calls that take only `port=`: `uvicorn.run(app, port=8000)`,
/// `app.run(port=5000)`, `web.run_app(app, port=8080)`, `uvicorn.Config`.
const PY_PORT_KEYWORD_CALLS: &[&str] = &[
    "run",
    "run_app",
    "Config",
    "run_simple",
    "listen",
    // moto's in-process AWS server.
    "ThreadedMotoServer",
    // sanic-testing's client that keeps one server up across requests.
    "ReusableClient",
];

/// Django live-server test case bases whose `port` attribute is bound.
const DJANGO_LIVE_SERVERS: &[&str] = &[
    "LiveServerTestCase",
    "StaticLiveServerTestCase",
    "ChannelsLiveServerTestCase",
];

impl Rule for HardcodedPort {
    fn id(&self) -> &'static str {
        "hardcoded-port"
    }

    fn triggers(&self) -> Triggers {
        const TRIGGERS: Triggers = Triggers {
            javascript: &[
                word("listen"),
                word("listenAsync"),
                word("serve"),
                word("lift"),
                word("launchServer"),
                text("--remote-debugging-port="),
                word("Server"),
                word("WebSocketServer"),
                text("tcp://"),
                text("@nuxt/test-utils"),
            ],
            // `port=`, a Django `port = 8081` attribute, or a server taking
            // an address (every name of the tables above; tested below).
            python: &[
                word("port"),
                word("HTTPServer"),
                word("ThreadingHTTPServer"),
                word("TCPServer"),
                word("ThreadingTCPServer"),
                word("ForkingTCPServer"),
                word("UDPServer"),
                word("ThreadingUDPServer"),
                word("WSGIServer"),
                word("create_server"),
                word("SimpleXMLRPCServer"),
                word("bind"),
                word("openServerMode"),
                word("open_server_mode"),
                word("local_addr"),
                word("set_endpoint"),
                word("make_server"),
                word("start_server"),
                word("serve"),
                word("TCPSite"),
                word("with_bind_ports"),
                text("tcp://"),
                text("MASTER_PORT"),
                word("init_process_group"),
                word("TCPStore"),
            ],
            in_hooks: false,
            shared_state: false,
        };
        TRIGGERS
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Machine
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        let mut local_classes: Option<Vec<&str>> = None;
        for call in &model.calls {
            let port_expr = if model.lang.is_python() {
                python_port_expr(call, model)
            } else {
                js_port_expr(call, model.src)
                    .or_else(|| nuxt_test_server_port(call, model))
                    .or_else(|| remote_debugging_port_flag(call, model.src))
            };
            if port_expr.is_none() {
                continue;
            }
            let classes = local_classes.get_or_insert_with(|| model.local_class_names());
            if on_instance_of(model, call, classes) || on_fake(model, call) {
                continue;
            }
            if let Some(expr) = port_expr {
                report_port(cx, expr);
            }
        }
        if model.lang.is_python() {
            django_live_server_ports(cx);
            rendezvous_master_ports(cx);
        }
    }
}

/// The expression holding the port of a JS binding call, if it is one.
fn js_port_expr<'t>(call: &Call<'t>, src: &str) -> Option<Node<'t>> {
    // ZeroMQ/nanomsg `sock.bind('tcp://127.0.0.1:5555')`.
    if !call.is_new && call.method() == "bind" {
        return call
            .positional(0)
            .filter(|a| is_tcp_endpoint_literal(*a, src));
    }
    let binds = if call.is_new {
        JS_BIND_CONSTRUCTORS.contains(&&*call.path) || JS_BIND_CONSTRUCTORS.contains(&call.method())
    } else {
        JS_BIND_METHODS.contains(&call.method())
    };
    if !binds {
        return None;
    }
    let first = call.positional(0)?;
    // `listen({ port: 3000 })` reports at the property value.
    if first.kind() == "object" {
        return object_property(first, "port", src);
    }
    // `serve()` and constructors only bind through an options object or a
    // bare number (socket.io `new Server(3000)`).
    if matches!(call.method(), "serve" | "lift" | "launchServer") && !call.is_new {
        return None;
    }
    Some(first)
}

/// `puppeteer.launch({ args: ['--remote-debugging-port=9222'] })`: the
/// launched browser listens for DevTools clients on that port, so the
/// switch's string literal in the options' `args` array is the port
/// expression (`--remote-debugging-port=0` picks a free port).
fn remote_debugging_port_flag<'t>(call: &Call<'t>, src: &str) -> Option<Node<'t>> {
    if call.is_new || !JS_BROWSER_LAUNCHES.contains(&call.method()) {
        return None;
    }
    let args = (0..call.args().len())
        .filter_map(|i| call.positional(i))
        .find_map(|a| {
            (a.kind() == "object")
                .then(|| object_property(a, "args", src))
                .flatten()
        })?;
    if args.kind() != "array" {
        return None;
    }
    crate::walk::named_children_list(args)
        .into_iter()
        .find(|el| {
            el.kind() == "string"
                && el.utf8_text(src.as_bytes()).is_ok_and(|t| {
                    t.trim_matches(['\'', '"'])
                        .starts_with(REMOTE_DEBUGGING_PORT)
                })
        })
}

/// The port of a `--remote-debugging-port=9222` switch.
fn remote_debugging_port(flag: &str) -> Option<i64> {
    let port = flag.strip_prefix(REMOTE_DEBUGGING_PORT)?;
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    port.parse().ok()
}

/// Modules whose `setup(options)` builds the app and starts its server on
/// `options.port` (`server` defaults to true): `@nuxt/test-utils`,
/// `@nuxt/test-utils/e2e`.
const NUXT_TEST_UTILS: &str = "@nuxt/test-utils";

/// `await setup({ server: true, port: 3000 })` in a file importing
/// `@nuxt/test-utils`: the port the test server listens on, unless the
/// options turn the server off (`server: false`).
fn nuxt_test_server_port<'t>(call: &Call<'t>, model: &Model<'t>) -> Option<Node<'t>> {
    if call.is_new || call.callee.kind() != "identifier" || call.path != "setup" {
        return None;
    }
    let from_nuxt = model.imports.iter().any(|m| {
        m.strip_prefix(NUXT_TEST_UTILS)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    if !from_nuxt {
        return None;
    }
    let options = call.positional(0).filter(|o| o.kind() == "object")?;
    let server_off =
        object_property(options, "server", model.src).is_some_and(|v| model.text(v) == "false");
    if server_off {
        return None;
    }
    object_property(options, "port", model.src)
}

/// `sock = DummySock(); sock.bind(("", 80))`: the receiver is an instance of
/// a class the file defines itself from nothing (no base class: a subclass
/// of a real server still binds), a stand-in that binds nothing.
fn on_instance_of(model: &Model, call: &Call, classes: &[&str]) -> bool {
    let receiver = call.receiver();
    if classes.is_empty() || receiver.is_empty() || receiver.contains('.') {
        return false;
    }
    model.assigns.iter().any(|a| {
        a.target_path == receiver
            && a.value.is_some_and(|v| {
                let ctor = match v.kind() {
                    "call" => v.field("function"),
                    "new_expression" => v.field("constructor"),
                    _ => None,
                };
                ctor.is_some_and(|c| {
                    classes.contains(&model.text(c)) && defines_without_base(model, model.text(c))
                })
            })
    })
}

/// `state, skt = newFakeSocket(); skt.bind(("127.0.0.1", 300))`: the
/// receiver is (or is unpacked from) what a call named for a test double
/// returns (`FakeSocket()`, `newFakeSocket()`, `make_mock_server()`).
fn on_fake(model: &Model, call: &Call) -> bool {
    let receiver = call.receiver();
    if receiver.is_empty() || receiver.contains('.') {
        return false;
    }
    let names_double = |callee: &str| {
        let l = facts::last_segment(callee).to_ascii_lowercase();
        ["fake", "mock", "dummy", "stub"]
            .iter()
            .any(|w| l.contains(w))
    };
    model.assigns.iter().any(|a| {
        // A destructured name has no value of its own: the whole right side.
        let value = a
            .value
            .or_else(|| a.node.field("right"))
            .or_else(|| a.node.field("value"));
        a.target_path == receiver
            && value.is_some_and(|v| {
                let v = crate::model::database::unwrap_await(v);
                matches!(v.kind(), "call" | "call_expression" | "new_expression")
                    && v.field("function")
                        .or_else(|| v.field("constructor"))
                        .is_some_and(|c| names_double(&model.path_of(c)))
            })
    })
}

/// Whether the file's class `name` has no base class (`class A:`,
/// `class A(object):`, `class A {}`).
fn defines_without_base(model: &Model, name: &str) -> bool {
    crate::walk::descendants_of_kinds(
        model.root,
        &["class_definition", "class_declaration", "class"],
    )
    .into_iter()
    .filter(|c| c.field("name").is_some_and(|n| model.text(n) == name))
    .all(|c| {
        let python_bases = c
            .field("superclasses")
            .map(|s| model.text(s).replace(char::is_whitespace, ""));
        let python_plain = python_bases
            .as_deref()
            .is_none_or(|b| b == "()" || b == "(object)");
        let js_plain = !crate::walk::named_children_list(c)
            .iter()
            .any(|n| n.kind() == "class_heritage");
        python_plain && js_plain
    })
}

/// `make_server(host, port, app, MockServer)`: a server class that is a
/// test double (CPython's wsgiref tests pass one whose constructor never
/// binds) opens no port.
fn fake_server_class(call: &Call, model: &Model) -> bool {
    call.method() == "make_server"
        && call.arg(3, "server_class").is_some_and(|class| {
            matches!(class.kind(), "identifier" | "attribute")
                && crate::model::database::is_fake_name(facts::last_segment(model.text(class)))
        })
}

/// The expression holding the port of a Python binding call, if it is one.
fn python_port_expr<'t>(call: &Call<'t>, model: &Model<'t>) -> Option<Node<'t>> {
    if fake_server_class(call, model) {
        return None;
    }
    // A server imported under another name (`from http.server import
    // HTTPServer as Srv`): the tables below know it by its own name.
    let unaliased = (call.callee.kind() == "identifier")
        .then(|| model.py_unaliased(&call.path))
        .flatten();
    let method = unaliased
        .as_deref()
        .map_or(call.method(), facts::last_segment);
    // ZeroMQ: `sock.bind("tcp://127.0.0.1:5555")`, libzmq through cffi
    // `C.zmq_bind(sock, b"tcp://*:4444")`.
    if method == "zmq_bind" {
        return call
            .positional(1)
            .filter(|a| is_tcp_endpoint_literal(*a, model.src));
    }
    if method == "bind" {
        if let Some(a) = call
            .positional(0)
            .filter(|a| is_tcp_endpoint_literal(*a, model.src))
        {
            return Some(a);
        }
    }
    // PyTorch's rendezvous: rank 0 of `init_process_group(backend,
    // "tcp://127.0.0.1:23456")` and a master `TCPStore(host, port, n, True)`
    // serve the store on that port (the `env://` default is
    // `rendezvous_master_ports`).
    if method == "init_process_group" && !init_process_group_patched(model, call.scope) {
        return call
            .arg(1, "init_method")
            .filter(|a| is_tcp_endpoint_literal(*a, model.src));
    }
    if method == "TCPStore" {
        let master = call
            .arg(3, "is_master")
            .is_some_and(|m| model.text(m) == "True");
        return master.then(|| call.arg(1, "port")).flatten();
    }
    // Testcontainers `container.with_bind_ports(27017, 27017)`: the second
    // argument (`host=`) publishes that port on the machine; without it
    // Docker picks a free one.
    if method == "with_bind_ports" {
        return call.keyword("host").or_else(|| call.positional(1));
    }
    // A server's endpoint URL: `srv.set_endpoint("opc.tcp://127.0.0.1:4840")`,
    // bound once the server starts.
    if PY_ENDPOINT_URL_SERVERS.contains(&method) {
        return call
            .arg(0, "url")
            .filter(|_| endpoint_server_started(call, model));
    }
    // Hypercorn: `hypercorn.asyncio.serve(app, config)` binds every
    // `"host:port"` of the config's `bind` (`config.bind = "0.0.0.0:1234"`,
    // or a list of them) set in the same function.
    if method == "serve" {
        if let Some(bind) = call
            .arg(1, "config")
            .and_then(|config| config_bind_address(config, call.scope, model))
        {
            return Some(bind);
        }
    }
    // A local address given by keyword: `bind=("::1", 5683)`, `local_addr=`.
    if let Some(address) = PY_BIND_ADDRESS_KEYWORDS
        .iter()
        .find_map(|k| call.keyword(k))
        .filter(|a| matches!(a.kind(), "tuple" | "identifier"))
    {
        return address_port_expr(address, model);
    }
    if let Some(port) = call.keyword("port") {
        // pytest-httpserver's `HTTPServer(host=..., port=N)` (the standard
        // library's takes an address tuple, never `port=`) binds only once
        // started: `with HTTPServer(port=N):` or `server.start()`.
        if method == "HTTPServer" && call.positional(0).is_none() && !started_server(call, model) {
            return None;
        }
        // `sock.listen(5)` is a backlog, but `port=` always names a port.
        if PY_PORT_KEYWORD_CALLS.contains(&method)
            || PY_HOST_PORT_SERVERS.iter().any(|(m, _)| *m == method)
            || PY_ADDRESS_SERVERS.contains(&method)
        {
            return Some(port);
        }
    }
    // A server started on a thread or process: `Thread(target=app.run,
    // kwargs={"port": 5000})`, `Process(target=uvicorn.run, args=(app,),
    // kwargs={"port": 8000})`, `Thread(target=make_server, args=("", 5000, app))`.
    if matches!(method, "Thread" | "Process") {
        return deferred_bind_port(call, model);
    }
    // asyncio `loop.create_server(factory, host, port)`: `socket.create_server`
    // takes the address alone (everything after it is keyword-only), so a
    // second positional argument means the host/port form.
    if method == "create_server" && call.positional(1).is_some() {
        return call.positional(2);
    }
    if PY_ADDRESS_SERVERS.contains(&method) {
        let address = call
            .keyword("server_address")
            .or_else(|| call.keyword("address"))
            .or_else(|| call.positional(0))?;
        return address_port_expr(address, model);
    }
    if let Some(&(_, index)) = PY_HOST_PORT_SERVERS.iter().find(|(m, _)| *m == method) {
        return call.positional(index);
    }
    None
}

/// The `"host:port"` string a server config named `config` is given as its
/// `bind` in the function `scope` or one enclosing it (`config.bind =
/// "0.0.0.0:1234"`,
/// `config.bind = ["127.0.0.1:8000"]`): the first one naming a TCP port.
/// Unix sockets (`"unix:/tmp/s.sock"`) and file descriptors (`"fd://3"`)
/// name no port.
fn config_bind_address<'t>(
    config: Node<'t>,
    scope: crate::model::scope::ScopeId,
    model: &Model<'t>,
) -> Option<Node<'t>> {
    if config.kind() != "identifier" {
        return None;
    }
    let target = format!("{}.bind", model.text(config));
    let value = model
        .assigns
        .iter()
        .filter(|a| a.target_path == target && model.is_within(scope, a.scope))
        .find_map(|a| a.value)?;
    let strings = match value.kind() {
        "string" => vec![value],
        "list" | "tuple" => crate::walk::named_children_list(value)
            .into_iter()
            .filter(|n| n.kind() == "string")
            .collect(),
        _ => vec![],
    };
    strings.into_iter().find(|n| {
        let text = model.text(*n).trim_matches(|c| c == '"' || c == '\'');
        host_port(text).is_some()
    })
}

/// The port of a `host:port` bind address (`0.0.0.0:1234`, `[::1]:8000`,
/// `localhost:80`); none for a URL, a Unix socket or an address without
/// a port.
fn host_port(address: &str) -> Option<i64> {
    if address.contains("://") || address.starts_with("unix:") || address.starts_with("fd:") {
        return None;
    }
    let (host, port) = address.rsplit_once(':')?;
    if host.is_empty() || port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    port.parse().ok()
}

/// Whether the server whose endpoint `call` sets is started, or may be: in
/// the function that sets it, it gets `.start()`, is the context of a
/// `with`/`async with`, or is handed on by `yield`/`return` (a fixture). Set
/// at the top level of a module, or on no name, it is taken as started.
/// `srv.set_endpoint(url)` alone binds nothing, like a never-started
/// `HTTPServer(port=N)`.
fn endpoint_server_started(call: &Call, model: &Model) -> bool {
    let server = call.receiver();
    let Some(scope) = model.scopes.get(call.scope).filter(|_| !server.is_empty()) else {
        return true;
    };
    if matches!(scope.kind, ScopeKind::Module) {
        return true;
    }
    let started = model
        .calls
        .iter()
        .any(|c| c.scope == call.scope && c.receiver() == server && c.method() == "start");
    let names_server = |n: Node| {
        crate::walk::descendants_of_kinds(n, &["identifier", "attribute"])
            .into_iter()
            .any(|d| model.text(d) == server)
    };
    started
        || crate::walk::descendants_of_kinds(
            scope.node,
            &["with_item", "yield", "return_statement"],
        )
        .into_iter()
        .any(names_server)
}

/// The port expression of an address argument: the port of a literal
/// `(host, port)` tuple, or the name of an address (`ADDR = ("", 8000)` or
/// the bare tuple `ADDR = "", 8000`), which `report_port` evaluates, when
/// the tuple it names is a TCP/UDP address.
fn address_port_expr<'t>(address: Node<'t>, model: &Model<'t>) -> Option<Node<'t>> {
    if address.kind() == "tuple" {
        return tcp_address_port(address, model.src);
    }
    if address.kind() == "identifier" {
        let name = model.text(address);
        let named = model.assigns.iter().find(|a| {
            a.target.kind() == "identifier"
                && model.text(a.target) == name
                && a.value
                    .is_some_and(|v| matches!(v.kind(), "tuple" | "expression_list"))
        });
        if let Some(tuple) = named.and_then(|a| a.value) {
            tcp_address_port(tuple, model.src)?;
        }
    }
    (address.kind() == "identifier").then_some(address)
}

/// Whether a server constructed by `call` is started: it is the context of
/// a `with` item, or the name it is assigned to gets `.start()` in the same
/// function, or it is handed on (returned, yielded, stored on `self`...),
/// where it may be started later. Built as a bare statement or as a call's
/// argument (`repr(HTTPServer(port=N))`), it is taken as never started.
fn started_server(call: &Call, model: &Model) -> bool {
    let Some(parent) = call.node.parent() else {
        return true;
    };
    match parent.kind() {
        "with_item" | "as_pattern" => true,
        "assignment" => {
            let Some(target) = parent.field("left").filter(|t| t.kind() == "identifier") else {
                return true;
            };
            let name = model.text(target);
            model
                .calls
                .iter()
                .any(|c| c.scope == call.scope && c.receiver() == name && c.method() == "start")
        }
        // A bare `HTTPServer(port=N)` expression, or one read in place
        // (`repr(HTTPServer(port=N))`), starts nothing.
        "expression_statement" | "argument_list" => false,
        _ => true,
    }
}

/// The port a `Thread`/`Process` binds when its `target` is a binding call:
/// the `"port"` entry of a literal `kwargs` dict, or the port position of a
/// literal `args` tuple for servers taking `(host, port)` positionally.
fn deferred_bind_port<'t>(call: &Call<'t>, model: &Model<'t>) -> Option<Node<'t>> {
    let target = call.keyword("target")?;
    if !matches!(target.kind(), "identifier" | "attribute") {
        return None;
    }
    let path = model.text(target);
    let method = facts::last_segment(path);
    let binds_by_keyword = PY_PORT_KEYWORD_CALLS.contains(&method)
        || PY_HOST_PORT_SERVERS.iter().any(|(m, _)| *m == method);
    if !binds_by_keyword || model.functions.contains_key(method) {
        return None;
    }
    if let Some(kwargs) = call.keyword("kwargs") {
        let port = match kwargs.kind() {
            "dictionary" => object_property(kwargs, "port", model.src),
            // `kwargs=dict(port=5000)`.
            "call"
                if kwargs
                    .field("function")
                    .is_some_and(|f| model.text(f) == "dict") =>
            {
                kwargs
                    .field("arguments")
                    .into_iter()
                    .flat_map(|list| facts::list_args(model.lang, list, model.src))
                    .find(|a| a.name == Some("port"))
                    .map(|a| a.value)
            }
            _ => None,
        };
        if port.is_some() {
            return port;
        }
    }
    let &(_, index) = PY_HOST_PORT_SERVERS.iter().find(|(m, _)| *m == method)?;
    let args = call.keyword("args").filter(|a| a.kind() == "tuple")?;
    let items: Vec<Node<'t>> = crate::walk::named_children_list(args)
        .into_iter()
        .filter(|n| n.kind() != "comment")
        .collect();
    items.get(index).copied()
}

/// The port of a Python socket address tuple. TCP/UDP addresses are `(host,
/// port)` or, for IPv6, `(host, port, flowinfo, scope_id)`. Other families
/// carry no TCP port: CAN `(ifname, rx, tx)`, VSOCK `(VMADDR_CID_ANY, port)`,
/// TIPC `(TIPC_ADDR_NAMESEQ, type, lower, upper)`, Bluetooth.
fn tcp_address_port<'t>(address: Node<'t>, src: &str) -> Option<Node<'t>> {
    let mut cursor = address.walk();
    let items: Vec<Node<'t>> = address
        .named_children(&mut cursor)
        .filter(|n| !n.is_extra())
        .collect();
    let host = items.first().and_then(|h| h.utf8_text(src.as_bytes()).ok());
    let other_family = host.is_some_and(|h| {
        ["VMADDR", "TIPC", "BDADDR", "HCI_", "CAN_"]
            .iter()
            .any(|m| h.contains(m))
    });
    if !matches!(items.len(), 2 | 4) || other_family {
        return None;
    }
    items.get(1).copied()
}

/// A string literal holding a TCP endpoint (`'tcp://127.0.0.1:5555'`,
/// `b"tcp://*:4444"`): what ZeroMQ-style sockets bind.
fn is_tcp_endpoint_literal(node: Node, src: &str) -> bool {
    matches!(node.kind(), "string" | "template_string")
        && node
            .utf8_text(src.as_bytes())
            .is_ok_and(|t| t.contains("tcp://"))
}

/// The port of an endpoint URL (`tcp://127.0.0.1:5555`, `tcp://*:4444`,
/// `tcp://[::1]:80`, `opc.tcp://admin@127.0.0.1:4840/server/`); `tcp://*:*`
/// and URLs without a port give none.
fn endpoint_port(endpoint: &str) -> Option<i64> {
    let (_, rest) = endpoint.trim().split_once("://")?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let (_, port) = authority.rsplit_once(':')?;
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    port.parse().ok()
}

fn report_port<'t>(cx: &mut RuleContext<'_, 't>, expr: Node<'t>) {
    let evaluated = cx.model.eval(expr);
    let port = match &evaluated.value {
        // A browser's DevTools switch: `--remote-debugging-port=9222`.
        Value::Str(s) if s.starts_with(REMOTE_DEBUGGING_PORT) => remote_debugging_port(s),
        // A ZeroMQ endpoint (`tcp://127.0.0.1:5555`) or a server's endpoint
        // URL (`opc.tcp://127.0.0.1:4840/server/`).
        Value::Str(s) if s.contains("://") => endpoint_port(s),
        // A Hypercorn bind address: `"0.0.0.0:1234"`.
        Value::Str(s) if host_port(s).is_some() => host_port(s),
        // A tuple address through a name: `("", 8000)`.
        Value::Seq(items) => items.get(1).and_then(Value::as_int),
        // An options object through a name: `{ port: 3000 }`.
        Value::Object(_) => evaluated.value.field("port").and_then(Value::as_int),
        v => v.as_int(),
    };
    let (port, offset) = match port {
        Some(p) => (Some(p), None),
        None if evaluated.value.is_isolated() => return,
        None => match literal_base_plus_parameter(cx.model, expr) {
            Some((p, offset)) => (Some(p), Some(offset)),
            None => (None, None),
        },
    };
    let Some(port) = port.filter(|p| (1..=65535).contains(p)) else {
        return;
    };
    let origin = evaluated.origin.filter(|o| o.id() != expr.id());
    let related = origin.map(|o| cx.value_origin(o, &format!("port {port}")));
    let shown = match offset {
        Some(offset) => format!("{port} + {offset}"),
        None => port.to_string(),
    };
    let finding = cx.report(
        expr,
        format!("hardcoded port {shown}: parallel workers binding it collide (EADDRINUSE)"),
    );
    finding.cross_file(port.to_string(), "bound");
    if let Some(r) = related {
        finding.with_related(r);
    }
    if let (Some(edit), None) = (port_zero_edit(cx, expr, evaluated.origin, port), offset) {
        cx.findings.last_mut().expect("just reported").with_fix(
            "Bind port 0",
            Applicability::Safe,
            vec![edit],
        );
    }
}

/// The fix: the port literal written in the binding call itself
/// (`listen(3000)`, `{ port: 3000 }`, `("", 8000)`, `port=8000`, Django's
/// `port = 8081`) becomes `0`, so the OS picks a free port. Safe (spec,
/// "Fixes") only when nothing else in the file repeats the number: a
/// client still calling `localhost:3000` gets no fix. A port reached
/// through a constant (`const PORT = 3000; app.listen(PORT)`) is fixed at
/// the constant's definition when the binding call is the constant's only
/// use: a constant also read elsewhere (a client's URL) gets no fix.
fn port_zero_edit(
    cx: &RuleContext<'_, '_>,
    expr: Node,
    origin: Option<Node>,
    port: i64,
) -> Option<Edit> {
    let model = cx.model;
    let is_port = |n: Node| {
        matches!(n.kind(), "number" | "integer") && model.text(n).parse::<i64>().ok() == Some(port)
    };
    let literal = if is_port(expr) {
        expr
    } else if expr.kind() == "object" {
        crate::walk::named_children_list(expr)
            .into_iter()
            .find_map(|pair| {
                let key = pair.field("key")?;
                let value = pair.field("value")?;
                (pair.kind() == "pair"
                    && model.text(key).trim_matches(['\'', '"']) == "port"
                    && is_port(value))
                .then_some(value)
            })?
    } else if expr.kind() == "tuple" {
        crate::walk::named_children_list(expr)
            .get(1)
            .copied()
            .filter(|&n| is_port(n))?
    } else if expr.kind() == "identifier" {
        // Written twice in the file: where it is defined and here. The
        // literal must be the whole value of the definition: an env
        // default (`process.env.PORT ?? 4000`, `os.environ.get("PORT",
        // 8000)`) gets no fix.
        let literal = origin.filter(|&o| is_port(o))?;
        let whole_value = literal.parent().is_some_and(|p| {
            matches!(
                p.kind(),
                "variable_declarator" | "assignment" | "assignment_expression"
            )
        });
        if !whole_value {
            return None;
        }
        let name = model.text(expr);
        if crate::fix::token_positions(model.src, name).count() != 2 {
            return None;
        }
        literal
    } else {
        return None;
    };
    let text = model.text(literal);
    if crate::fix::occurs_elsewhere(model.src, text, literal.byte_range()) {
        return None;
    }
    // Python: a `.port` attribute read (`config.port`, `self.port`) may give
    // back the configured number rather than the bound one (uvicorn's
    // `Config.port` stays 0), so a URL built from it would point nowhere.
    if model.lang.is_python() && reads_port_attribute(model.src) {
        return None;
    }
    Some(cx.edit(literal.start_byte(), literal.end_byte(), "0"))
}

/// Whether `src` reads a `.port` attribute.
fn reads_port_attribute(src: &str) -> bool {
    let bytes = src.as_bytes();
    memchr::memmem::find_iter(bytes, b".port").any(|at| {
        bytes
            .get(at + 5)
            .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
    })
}

/// `port: 3000 + i` in a helper taking `i`: every worker passes the same
/// offsets, so each binds the same ports. The literal base and the offset's
/// name. Only a parameter counts as the offset: a value computed in the file
/// (`Math.random()`, a config read) is not known to repeat.
fn literal_base_plus_parameter<'t>(model: &Model<'t>, expr: Node<'t>) -> Option<(i64, &'t str)> {
    if !matches!(expr.kind(), "binary_expression" | "binary_operator") {
        return None;
    }
    let op = expr.field("operator").map(|o| model.text(o));
    if op != Some("+") {
        return None;
    }
    let (left, right) = (expr.field("left")?, expr.field("right")?);
    let is_parameter = |n: Node| {
        n.kind() == "identifier" && {
            let name = model.text(n);
            model
                .ancestors(model.scope_of(n))
                .any(|s| model.scope(s).params.iter().any(|p| p == name))
        }
    };
    let (base, offset) = if is_parameter(right) {
        (left, right)
    } else if is_parameter(left) {
        (right, left)
    } else {
        return None;
    };
    let port = model.eval(base).value.as_int()?;
    Some((port, model.text(offset)))
}

/// Django `LiveServerTestCase` subclasses with `port = 8081`.
fn django_live_server_ports(cx: &mut RuleContext<'_, '_>) {
    let model = cx.model;
    for assign in &model.assigns {
        if assign.target_path != "port" {
            continue;
        }
        let scope = model.scope(assign.scope);
        if !matches!(scope.kind, ScopeKind::Suite { .. } | ScopeKind::Class) {
            continue;
        }
        let Some(supers) = scope.node.field("superclasses") else {
            continue;
        };
        let bases = model.text(supers);
        // A base imported under another name (`StaticLiveServerTestCase as
        // StaticLive`) is spelled out through the file's imports.
        let live = |name: &str| DJANGO_LIVE_SERVERS.iter().any(|b| name.contains(b));
        if !live(bases)
            && !crate::walk::named_children_list(supers)
                .into_iter()
                .any(|b| model.py_unaliased(model.text(b)).is_some_and(|q| live(&q)))
        {
            continue;
        }
        if let Some(value) = assign.value {
            report_port(cx, value);
        }
    }
}

/// Whether `torch.distributed.init_process_group` is patched where the
/// function `scope` runs (`mock.patch("torch.distributed.init_process_group")`,
/// `monkeypatch.setattr(dist, "init_process_group", ...)`): in that
/// function or on it, or anywhere but another test (a fixture, a hook, the
/// module). The calls then reach a double, which serves no store.
fn init_process_group_patched(model: &Model, scope: crate::model::scope::ScopeId) -> bool {
    ["init_process_group\"", "init_process_group'"]
        .iter()
        .flat_map(|needle| model.src.match_indices(needle))
        .any(|(at, _)| {
            let Some(node) = model.root.descendant_for_byte_range(at, at) else {
                return true;
            };
            let patched = running_scope(model, node);
            patched == scope || !model.scope(patched).is_test()
        })
}

/// `init_process_group(...)` with the default `env://` rendezvous: no
/// `store=`, and no `init_method` other than `"env://"`.
fn env_rendezvous(call: &Call, model: &Model) -> bool {
    call.method() == "init_process_group"
        && call.keyword("store").is_none()
        && call.arg(1, "init_method").is_none_or(|m| {
            facts::plain_string(m, model.src).is_some_and(|s| s.starts_with("env://"))
        })
}

/// The function a call runs in: its own scope, or for a decorator
/// (`@mock.patch.dict(os.environ, {...})`) the function it decorates.
fn running_scope(model: &Model, node: Node) -> crate::model::scope::ScopeId {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "decorator" => {
                if let Some(def) = n.parent().and_then(|d| d.field("definition")) {
                    return model.scope_of(def);
                }
            }
            "function_definition" | "class_definition" | "lambda" => break,
            _ => {}
        }
        current = n.parent();
    }
    model.scope_of(node)
}

/// The value given to `MASTER_PORT` by a write of the environment:
/// `os.environ["MASTER_PORT"] = v`, `monkeypatch.setenv("MASTER_PORT", v)`,
/// `os.environ.setdefault(...)`, `os.environ.update({"MASTER_PORT": v})`,
/// `mock.patch.dict(os.environ, {"MASTER_PORT": v})` or `MASTER_PORT=v`.
fn master_port_value<'t>(call: &Call<'t>, model: &Model<'t>) -> Option<Node<'t>> {
    let is_key = |n: Node| facts::plain_string(n, model.src).as_deref() == Some("MASTER_PORT");
    let environ = |n: Node| model.text(n).ends_with("environ");
    match call.method() {
        "setenv" => call
            .arg(0, "name")
            .filter(|k| is_key(*k))
            .and_then(|_| call.arg(1, "value")),
        "setdefault" if call.receiver().ends_with("environ") => call
            .positional(0)
            .filter(|k| is_key(*k))
            .and_then(|_| call.positional(1)),
        "update" if call.receiver().ends_with("environ") => call
            .positional(0)
            .filter(|d| d.kind() == "dictionary")
            .and_then(|d| object_property(d, "MASTER_PORT", model.src)),
        "dict" if call.receiver().ends_with("patch") => {
            call.positional(0).filter(|e| environ(*e))?;
            call.arg(1, "values")
                .filter(|d| d.kind() == "dictionary")
                .and_then(|d| object_property(d, "MASTER_PORT", model.src))
                .or_else(|| call.keyword("MASTER_PORT"))
        }
        _ => None,
    }
}

/// A literal `MASTER_PORT` written in a function that then joins an
/// `env://` process group: rank 0 serves the rendezvous store on it, so
/// every worker running the function binds the same port.
fn rendezvous_master_ports(cx: &mut RuleContext<'_, '_>) {
    let model = cx.model;
    if !model.src.contains("MASTER_PORT") {
        return;
    }
    let joins = |c: &Call| env_rendezvous(c, model) && !init_process_group_patched(model, c.scope);
    let mut joining: Vec<_> = model
        .calls
        .iter()
        .filter(|c| joins(c))
        .map(|c| c.scope)
        .collect();
    // A function that starts same-file workers joining the group
    // (`mp.spawn(worker, ...)`): the children inherit the MASTER_PORT it
    // set, and rank 0 binds it.
    let launching: Vec<_> = model
        .calls
        .iter()
        .filter(|c| {
            model.child_process_target(c).is_some_and(|target| {
                model
                    .calls
                    .iter()
                    .any(|j| crate::walk::encloses(target, j.node) && joins(j))
            })
        })
        .map(|c| running_scope(model, c.node))
        .collect();
    joining.extend(launching);
    if joining.is_empty() {
        return;
    }
    let mut values: Vec<Node> = model
        .calls
        .iter()
        .filter_map(|c| {
            let value = master_port_value(c, model)?;
            joining
                .contains(&running_scope(model, c.node))
                .then_some(value)
        })
        .collect();
    values.extend(model.assigns.iter().filter_map(|a| {
        let key = a.target.field("subscript")?;
        (a.target.kind() == "subscript"
            && a.target_path.ends_with("environ.[]")
            && facts::plain_string(key, model.src).as_deref() == Some("MASTER_PORT")
            && joining.contains(&a.scope))
        .then_some(a.value)?
    }));
    for value in values {
        report_port(cx, value);
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_fixes, assert_rule, Case};

    #[test]
    fn fixes() {
        assert_fixes(
            RULE,
            false,
            &[
                (
                    "a.test.js",
                    "test('a', () => { const s = app.listen(3000); expect(s.address().port).toBeGreaterThan(0); });",
                    "test('a', () => { const s = app.listen(0); expect(s.address().port).toBeGreaterThan(0); });",
                ),
                (
                    "b.test.ts",
                    "test('a', () => { new WebSocketServer({ port: 8080 }); });",
                    "test('a', () => { new WebSocketServer({ port: 0 }); });",
                ),
                (
                    "test_a.py",
                    "def test_a():\n    sock.bind((\"127.0.0.1\", 8000))\n    uvicorn.run(app, port=8001)\n",
                    "def test_a():\n    sock.bind((\"127.0.0.1\", 0))\n    uvicorn.run(app, port=0)\n",
                ),
                (
                    "tests/test_live.py",
                    "from django.test import LiveServerTestCase\nclass T(LiveServerTestCase):\n    port = 8081\n    def test_a(self):\n        self.client.get(self.live_server_url)\n",
                    "from django.test import LiveServerTestCase\nclass T(LiveServerTestCase):\n    port = 0\n    def test_a(self):\n        self.client.get(self.live_server_url)\n",
                ),
                // Not fixed: a client still calls the port, or it comes
                // from an env default.
                (
                    "c.test.js",
                    "test('a', async () => { app.listen(3000); await fetch('http://localhost:3000/'); });",
                    "test('a', async () => { app.listen(3000); await fetch('http://localhost:3000/'); });",
                ),
                // Through a constant used nowhere else: at the definition.
                (
                    "d.test.js",
                    "const PORT = 3000;\ntest('a', () => { app.listen(PORT); });",
                    "const PORT = 0;\ntest('a', () => { app.listen(PORT); });",
                ),
                (
                    "test_d.py",
                    "PORT = 8000\n\ndef test_d():\n    uvicorn.run(app, port=PORT)\n",
                    "PORT = 0\n\ndef test_d():\n    uvicorn.run(app, port=PORT)\n",
                ),
                // Not fixed: an env default reached through a constant.
                (
                    "e.test.js",
                    "const port = process.env.PORT ?? 4000;\ntest('a', () => { app.listen(port); });",
                    "const port = process.env.PORT ?? 4000;\ntest('a', () => { app.listen(port); });",
                ),
                (
                    "test_e.py",
                    "import os\nPORT = int(os.environ.get('PORT', 8000))\n\ndef test_e():\n    uvicorn.run(app, port=PORT)\n",
                    "import os\nPORT = int(os.environ.get('PORT', 8000))\n\ndef test_e():\n    uvicorn.run(app, port=PORT)\n",
                ),
                // Not fixed: the constant is read again (a client's URL, a
                // second server).
                (
                    "f.test.js",
                    "const PORT = 3000;\ntest('a', async () => { app.listen(PORT); await fetch(`http://localhost:${PORT}/`); });",
                    "const PORT = 3000;\ntest('a', async () => { app.listen(PORT); await fetch(`http://localhost:${PORT}/`); });",
                ),
                (
                    "g.test.js",
                    "const PORT = 3000;\ntest('a', () => { app.listen(PORT); });\ntest('b', () => { other.listen(PORT); });",
                    "const PORT = 3000;\ntest('a', () => { app.listen(PORT); });\ntest('b', () => { other.listen(PORT); });",
                ),
                // Fix audit: a Python `.port` read may give back the
                // configured number (uvicorn `Config.port`), not the bound one.
                (
                    "conftest.py",
                    "import pytest\n@pytest.fixture\ndef server():\n    config = Config(app=app, port=8001)\n    yield f'http://{config.host}:{config.port}/'\n",
                    "import pytest\n@pytest.fixture\ndef server():\n    config = Config(app=app, port=8001)\n    yield f'http://{config.host}:{config.port}/'\n",
                ),
                (
                    "e.test.js",
                    "test('a', () => { app.listen(process.env.PORT ?? 4000); });",
                    "test('a', () => { app.listen(process.env.PORT ?? 4000); });",
                ),
            ],
        );
    }

    const RULE: &str = "hardcoded-port";

    #[test]
    fn javascript() {
        assert_rule(
            RULE,
            &[
                // A literal default destructured from the environment, as
                // `process.env.PORT ?? 4000`: at the use site.
                Case::fail("a.test.js", "const { ADMIN_PORT = '9100' } = process.env;\nconst { PORT: port = 4100 } = process.env;\ntest('a', () => {\n  app.listen(\n    Number(ADMIN_PORT),\n  );\n  api.listen(port);\n});", &["Number(ADMIN_PORT)", "port"]),
                // `test.extend` fixtures are scopes of their own: a `const port` in one is not
                // the sibling's (Vitest TS, Playwright JS worker tuple).
                Case::fail("a.test.ts", "import { test as base } from 'vitest';\nexport const test = base.extend<{ a: Server; b: Server }>({\n  a: async ({}, use) => { const port = 3000; const s = createServer(); s.listen(port); await use(s); s.close(); },\n  b: async ({}, use) => { const port = 0; const s = createServer(); s.listen(port); await use(s); s.close(); },\n});", &["port"]),
                Case::fail("e2e/a.spec.js", "import { test as base } from '@playwright/test';\nexports.test = base.extend({\n  shop: [async ({}, use) => { const port = 4610; const s = createServer(); s.listen(port); await use(s); }, { scope: 'worker' }],\n  other: [async ({}, use, workerInfo) => { const port = 4700 + workerInfo.parallelIndex; const s = createServer(); s.listen(port); await use(s); }, { scope: 'worker' }],\n});", &["port"]),
                // A local subclass of a real server still binds.
                Case::fail("app.test.js", "class MyServer extends http.Server {}\ntest('a', () => { const s = new MyServer(); s.listen(3000); });", &["3000"]),
                // A ZeroMQ socket bound to a fixed TCP endpoint.
                Case::fail("z.test.ts", "import * as zmq from 'zeromq';\ntest('a', async () => { const sock = new zmq.Push(); await sock.bind('tcp://127.0.0.1:3000'); });", &["'tcp://127.0.0.1:3000'"]),
                Case::fail("app.test.js", "it.only('binds', () => { app.listen(3000); });", &["3000"]),
                // A TypeScript enum member is a constant (reported at the use site).
                Case::fail("app.test.ts", "const enum Ports { Api = 4100 }\ntest('a', () => { app.listen(Ports.Api); });", &["Ports.Api"]),
                Case::fail("app.test.ts", "export enum Ports { Web = 3000, Api = 4100 }\ntest('a', () => { app.listen({ port: Ports.Api }); });", &["Ports.Api"]),
                // NestJS before v8 (nest's own integration tests).
                Case::fail("e2e/app.e2e-spec.ts", "beforeEach(async () => { app = module.createNestApplication(); await app.listenAsync(3000); });", &["3000"]),
                Case::fail("test/session.test.js", "var app;\nbefore(function (done) {\n  app = Sails();\n  app.lift({ port: 1535, log: { level: 'silent' } }, done);\n});", &["1535"]),
                // A literal base plus a helper's parameter: the same ports in every worker.
                Case::fail("app.test.js", "async function startTarget(i) {\n  const server = http.createServer();\n  await new Promise((r) => server.listen({ port: 3000 + i }, r));\n}\ntest('a', () => startTarget(1));", &["3000 + i"]),
                Case::fail("app.test.js", "app.listen(3000);", &["3000"]),
                Case::fail("app.test.js", "const PORT = 3000;\nserver.listen(PORT, () => {});", &["PORT"]),
                Case::fail("app.test.js", "http.createServer(h).listen(8080, 'localhost');", &["8080"]),
                Case::fail("a.test.js", "fastify.listen({ port: 3000, host: '0.0.0.0' });", &["3000"]),
                Case::fail("ws.test.js", "const wss = new WebSocketServer({ port: 8080 });", &["8080"]),
                Case::fail("ws.test.js", "const port = 8080;\nnew WebSocket.Server({ port });", &["port"]),
                Case::fail("io.test.js", "const io = new Server(3000);", &["3000"]),
                // Set 83: `@nuxt/test-utils`' `setup` starts the app's server on
                // `port` (its `server` option defaults to true).
                Case::fail("test/header.test.ts", "import { createPage, setup } from '@nuxt/test-utils/e2e';\ndescribe('Header', async () => {\n  await setup({ server: true, port: 3000, browser: true });\n  it('renders', async () => { await createPage('/'); });\n});", &["3000"]),
                Case::fail("test/e2e.test.ts", "import { setup, $fetch } from '@nuxt/test-utils';\nconst PORT = 3001;\ndescribe('app', async () => {\n  await setup({ port: PORT });\n  it('renders', async () => { await $fetch('/'); });\n});", &["PORT"]),
                Case::fail("e.test.js", "app.listen(process.env.PORT ?? 4000);", &["process.env.PORT ?? 4000"]),
                Case::fail("e.test.js", "const PORT = process.env.PORT || 4000;\napp.listen(PORT);", &["PORT"]),
                Case::fail("t.test.ts", "const PORT: number = 3000;\nbeforeAll(() => { server = app.listen(PORT); });", &["PORT"]),
                Case::fail("t.test.tsx", "it('x', () => { app.listen(5173 as number); });", &["5173 as number"]),
                Case::fail("two.test.js", "const P = 3000;\na.listen(P);\nb.listen(P);", &["P", "P"]),
                // A field of an object literal bound in the file.
                Case::fail("test/server.js", "let options = { port: 10530 };\nlet server = app.listen(options.port);", &["options.port"]),
                Case::fail("a.test.js", "const config = { server: { port: 8080 } };\nbeforeAll(() => { app.listen(config.server.port); });", &["config.server.port"]),
                Case::fail("h.test.js", "function start() { return app.listen(getDefault()); }\nfunction getDefault() { return 3001; }", &["getDefault()"]),
                // A helper's parameter: its default where a call leaves it out,
                // and the first fixed value any call passes.
                Case::fail("h.test.js", "function startServer(port = 4000) {\n  return http.createServer(h).listen(port);\n}\ntest('a', () => { startServer(); });", &["port"]),
                Case::fail("h.test.ts", "const start = (port: number) => app.listen(port);\ntest('a', () => start(0));\ntest('b', () => start(8080));", &["port"]),
                // Mocha's shared context: the suite's hooks and tests see one
                // `this` (audit 41).
                Case::fail("test/server.spec.js", "describe('server', function () {\n  before(function (done) {\n    this.port = 9876;\n    this.server = app.listen(this.port, done);\n  });\n  it('answers', function () { return get(`http://localhost:${this.port}`); });\n});", &["this.port"]),
                Case::fail("test/server.spec.js", "describe('a', function () {\n  beforeEach(function () { this.port = 4000; });\n  it('binds', function () { app.listen(this.port); });\n});", &["this.port"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                // Destructured without a default, or from a config object.
                Case::pass("a.test.js", "const { PORT } = process.env;\nconst { adminPort = 4200 } = config;\ntest('a', () => {\n  app.listen(PORT);\n  api.listen(adminPort);\n});"),
                Case::pass("a.test.ts", "import { test as base } from 'vitest';\nexport const test = base.extend({\n  a: async ({}, use) => { const port = 0; const s = createServer(); s.listen(port); await use(s); },\n  b: async ({}, use) => { const port = await getPort(); const s = createServer(); s.listen(port); await use(s); },\n});"),
                Case::pass("app.test.js", "class FakeServer { listen(port) { this.port = port; } }\ntest('a', () => { const s = new FakeServer(); s.listen(3000); });"),
                // Set 83: `@nuxt/test-utils`' `setup` with its server off, with no
                // port (it picks a free one), or a `setup` not from Nuxt.
                Case::pass("test/a.test.ts", "import { setup, $fetch } from '@nuxt/test-utils/e2e';\ndescribe('a', async () => {\n  await setup({ server: false, port: 3000, build: true });\n  await setup({ server: true, browser: true });\n  await setup({ port: 0 });\n});"),
                Case::pass("test/b.test.ts", "import { setup } from './helpers';\ndescribe('b', async () => {\n  await setup({ port: 3000 });\n});"),
                Case::pass("app.test.ts", "enum Ports { Any = 0 }\ntest('a', () => { app.listen(Ports.Any); });"),
                // A context port that is not one fixed value, or is set outside
                // the suite's hooks and tests (another `this`).
                Case::pass("test/server.spec.js", "describe('a', function () {\n  before(function () { this.port = 4000; });\n  beforeEach(function () { this.port = getPort(); });\n  it('binds', function () { app.listen(this.port); });\n});"),
                Case::pass("test/server.spec.js", "describe('a', function () {\n  before(function () { this.port = 0; });\n  it('binds', function () { app.listen(this.port); });\n});"),
                Case::pass("test/server.spec.js", "class Harness { constructor() { this.port = 4000; } start() { app.listen(this.port); } }\nit('binds', function () { new Harness().start(); });"),
                // Function.prototype.bind, and a ZeroMQ connect.
                Case::pass("z.test.js", "test('a', async () => { const f = handler.bind(this); await sock.bind('tcp://127.0.0.1:0'); sock.connect('tcp://127.0.0.1:3000'); });"),
                // Tests that never run cannot race.
                Case::pass("app.test.js", "it.skip('binds', () => { app.listen(3000); });\nxdescribe('server', () => { it('binds', () => { app.listen(3001); }); });"),
                // `lift` without an options object is not Sails.
                Case::pass("a.test.js", "test('a', () => { const f = lift(3000); });"),
                // An offset that is not a parameter, or an isolated one.
                Case::pass("app.test.js", "const offset = Math.floor(Math.random() * 1000);\ntest('a', () => { server.listen(3000 + offset); });"),
                Case::pass("app.test.js", "function start(i) { server.listen(3000 + Number(process.env.JEST_WORKER_ID) + i); }"),
                Case::pass("a.test.js", "app.listen(0);"),
                Case::pass("a.test.js", "server.listen({ port: 0 });"),
                Case::pass("a.test.js", "app.listen(3000 + Number(process.env.JEST_WORKER_ID));"),
                Case::pass("a.test.js", "app.listen(`${4000 + Number(process.env.VITEST_POOL_ID)}`);"),
                Case::pass("a.test.ts", "test('x', async ({}, testInfo) => { app.listen(3000 + testInfo.parallelIndex); });"),
                Case::pass("a.test.js", "const port = await getPort();\napp.listen(port);"),
                Case::pass("a.test.js", "app.listen(process.env.PORT);"),
                Case::pass("a.test.js", "app.listen(config.port);"),
                // The field is rewritten, or the object holds no literal port.
                Case::pass("a.test.js", "const opts = { port: 3000 };\nopts.port = await getPort();\napp.listen(opts.port);"),
                Case::pass("a.test.js", "const opts = { port: 0, host: 'localhost' };\napp.listen(opts.port, opts.host);"),
                Case::pass("a.test.js", "const opts = { port: process.env.PORT };\napp.listen(opts.port);"),
                Case::pass("a.test.js", "await fetch('http://localhost:3000/health');"),
                Case::pass("a.test.js", "const io = new Server(httpServer);"),
                Case::pass("a.test.js", "function start(port) { app.listen(port); }"),
                // Every call passes port 0 or an isolated value; a helper also
                // handed around as a callback takes ports this file never sees.
                Case::pass("h.test.js", "function start(port) { app.listen(port); }\ntest('a', () => start(0));\ntest('b', async () => start(await getPort()));"),
                Case::pass("h.test.js", "function start(port = 3000) { app.listen(port); }\ntest('a', () => start(0));\nrunEach(start);"),
                Case::pass("a.test.js", "app.listen('/tmp/app.sock');"),
                Case::pass("a.test.js", "emitter.on('listen', () => {});"),
            ],
        );
    }

    #[test]
    fn python() {
        assert_rule(
            RULE,
            &[
                // A bare tuple constant, and one continued with a backslash:
                // at the use site. A backslash inside the address itself.
                Case::fail("test_a.py", "import socket\nADDR = \"127.0.0.1\", 9002\nWIDE = \"127.0.0.1\", \\\n    9003\n\ndef test_a():\n    s = socket.socket()\n    s.bind(ADDR)\n    s.bind(WIDE)\n", &["ADDR", "WIDE"]),
                Case::fail("test_a.py", "import socket\n\ndef test_a():\n    s = socket.socket()\n    s.bind((\"127.0.0.1\", \\\n            9000))\n", &["9000"]),
                // A live-server base imported under another name.
                Case::fail("tests/test_live.py", "from django.contrib.staticfiles.testing import StaticLiveServerTestCase as StaticLive\nPORT = 8095\nclass T(StaticLive):\n    port = PORT\n", &["PORT"]),
                // A server class imported under another name.
                Case::fail("tests/test_a.py", "from http.server import HTTPServer as Srv\n\ndef test_a():\n    server = Srv((\"localhost\", 8001), Handler)\n", &["8001"]),
                Case::fail("tests/test_a.py", "from socketserver import ThreadingTCPServer as TS\n\ndef test_a():\n    TS((\"\", 9001), Handler)\n", &["9001"]),
                Case::fail("tests/test_a.py", "from moto.server import ThreadedMotoServer\n\ndef test_a():\n    server = ThreadedMotoServer(port=5001)\n    server.start()\n", &["5001"]),
                Case::fail("tests/test_a.py", "from sanic_testing.reusable import ReusableClient\n\ndef test_a(app):\n    client = ReusableClient(app, port=9999)\n    with client:\n        client.get('/')\n", &["9999"]),
                // ZeroMQ endpoints: a literal, through a name, libzmq through cffi.
                Case::fail("tests/test_z.py", "import zmq\nURL = 'tcp://127.0.0.1:5556'\n\ndef test_a(ctx):\n    s = ctx.socket(zmq.REQ)\n    s.bind(\"tcp://127.0.0.1:6666\")\n    s.bind(URL)\n\ndef test_b():\n    assert 0 == C.zmq_bind(socket, b'tcp://*:4444')\n", &["\"tcp://127.0.0.1:6666\"", "URL", "b'tcp://*:4444'"]),
                Case::fail("test_a.py", "import socket\n\ndef start(i):\n    s = socket.socket()\n    s.bind((\"127.0.0.1\", 8000 + i))\n\ndef test_a():\n    start(1)\n", &["8000 + i"]),
                Case::fail("test_s.py", "sock.bind((\"127.0.0.1\", 8000))", &["8000"]),
                Case::fail("test_s.py", "sock.bind((\"::1\", 8000, 0, 0))", &["8000"]),
                Case::fail("test_s.py", "PORT = 8000\nsock.bind((\"\", PORT))", &["PORT"]),
                // Tuple assignment: each name takes its own part.
                Case::fail("tests/conftest.py", "@pytest.fixture()\ndef http_server():\n    host, port = '127.0.0.1', 8888\n    server = HTTPServer((host, port), SimpleHTTPRequestHandler)\n    yield f'http://{host}:{port}'\n", &["port"]),
                Case::fail("test_s.py", "def test_a():\n    (host, port) = ('', 7777)\n    sock.bind((host, port))\n", &["port"]),
                Case::fail("test_s.py", "srv = HTTPServer((\"\", 8000), Handler)", &["8000"]),
                Case::fail("test_s.py", "def test_x():\n    with HTTPServer(port=4001):\n        pass\n", &["4001"]),
                Case::fail("test_s.py", "def test_x():\n    with HTTPServer(port=4001) as server:\n        pass\n", &["4001"]),
                Case::fail("test_s.py", "def test_x():\n    server = HTTPServer(host=\"localhost\", port=4002)\n    server.start()\n", &["4002"]),
                Case::fail("test_s.py", "@pytest.fixture\ndef server():\n    return HTTPServer(port=4003)\n", &["4003"]),
                Case::fail("test_s.py", "srv = socketserver.TCPServer((\"localhost\", 9000), H)", &["9000"]),
                Case::fail("test_s.py", "uvicorn.run(app, host=\"0.0.0.0\", port=8000)", &["8000"]),
                Case::fail("test_s.py", "app.run(port=5000)", &["5000"]),
                Case::fail("test_s.py", "web.run_app(app, port=8080)", &["8080"]),
                Case::fail("test_c.py", "def test_a():\n    with DockerContainer(\"mongo\").with_bind_ports(27017, 27017) as c:\n        pass\n", &["27017"]),
                Case::fail("test_c.py", "def test_a():\n    c = RedisContainer().with_bind_ports(6379, host=6380)\n", &["6380"]),
                Case::fail("test_s.py", "site = web.TCPSite(runner, \"localhost\", 8080)", &["8080"]),
                Case::fail("test_s.py", "site = web.TCPSite(runner, port=8080)", &["8080"]),
                Case::fail("test_s.py", "server = await asyncio.start_server(handle, \"127.0.0.1\", 8888)", &["8888"]),
                // asyncio's event-loop form: `loop.create_server(factory, host, port)`.
                Case::fail("test_s.py", "server = await loop.create_server(Proto, \"127.0.0.1\", 8888)", &["8888"]),
                Case::fail("test_s.py", "server = await loop.create_server(lambda: Proto(), \"127.0.0.1\", port=8889)", &["8889"]),
                // A server run on a thread or process binds what its call would.
                Case::fail("test_t.py", "import threading\n\ndef test_a():\n    t = threading.Thread(target=app.run, kwargs={\"port\": 5000})\n    t.start()\n", &["5000"]),
                Case::fail("test_t.py", "import multiprocessing, uvicorn\n\n@pytest.fixture(scope=\"session\")\ndef server():\n    p = multiprocessing.Process(target=uvicorn.run, args=(app,), kwargs={\"host\": \"127.0.0.1\", \"port\": 8000}, daemon=True)\n    p.start()\n    yield\n    p.kill()\n", &["8000"]),
                Case::fail("test_t.py", "PORT = 8001\n\ndef test_a():\n    Process(target=web.run_app, args=(app,), kwargs={'port': PORT}).start()\n", &["PORT"]),
                Case::fail("tests/conftest.py", "from threading import Thread\n\n@pytest.fixture(scope='session')\ndef app():\n    app = create_app()\n    thread = Thread(target=app.run, daemon=True, kwargs=dict(port=5000))\n    thread.start()\n    yield app\n", &["5000"]),
                Case::fail("test_t.py", "def test_a():\n    Thread(target=make_server, args=(\"\", 5001, app)).start()\n", &["5001"]),
                Case::fail("test_s.py", "srv = make_server(\"localhost\", 5000, app)", &["5000"]),
                Case::fail("test_s.py", "srv = make_server(\"\", 80, app, WSGIServer)", &["80"]),
                Case::fail("test_s.py", "async with websockets.serve(echo, \"localhost\", 8765):\n    pass", &["8765"]),
                Case::fail("test_s.py", "port = int(os.environ.get(\"PORT\", 8000))\napp.run(port=port)", &["port"]),
                Case::fail("test_s.py", "import pytest\n@pytest.fixture\ndef port():\n    return 8000\n\ndef test_x(port):\n    server.bind((\"\", port))", &["port"]),
                Case::fail("test_live.py", "class T(LiveServerTestCase):\n    port = 8081\n", &["8081"]),
                // A helper's default port, and one passed by keyword.
                Case::fail("test_h.py", "import socket\n\ndef start(port=8765):\n    s = socket.socket()\n    s.bind((\"127.0.0.1\", port))\n\ndef test_a():\n    start()\n", &["port"]),
                Case::fail("test_h.py", "def boot(app, *, port):\n    uvicorn.run(app, port=port)\n\ndef test_a():\n    boot(app, port=9000)\n", &["port"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A bare tuple constant on port 0.
                Case::pass("test_a.py", "import socket\nADDR = \"127.0.0.1\", \\\n    0\n\ndef test_a():\n    socket.socket().bind(ADDR)\n"),
                // A renamed live-server base on port 0; a renamed other base.
                Case::pass("tests/test_live.py", "from django.test import LiveServerTestCase as Live\nfrom django.test import TestCase as Plain\nclass T(Live):\n    port = 0\nclass U(Plain):\n    port = 8095\n"),
                // A renamed server class on port 0; a renamed non-server.
                Case::pass("tests/test_a.py", "from http.server import HTTPServer as Srv\n\ndef test_a():\n    Srv((\"localhost\", 0), Handler)\n"),
                Case::pass("tests/test_a.py", "from collections import namedtuple as HTTPServer\n\ndef test_a():\n    Addr = HTTPServer(\"Addr\", (\"host\", \"port\"))\n    Addr((\"localhost\", 8001), 1)\n"),
                // sanic-testing's client on an ephemeral port.
                Case::pass("tests/test_a.py", "from sanic_testing.reusable import ReusableClient\n\ndef test_a(app):\n    client = ReusableClient(app, port=0)\n    with client:\n        client.get('/')\n"),
                // A stand-in socket class the file defines binds nothing.
                // Random, in-process and out-of-range endpoints; connects bind nothing.
                Case::pass("tests/test_z.py", "import zmq\n\ndef test_a(ctx):\n    s = ctx.socket(zmq.PUSH)\n    s.bind('tcp://127.0.0.1:0')\n    s.bind('tcp://*:*')\n    s.bind('inproc://a')\n    s.bind('tcp://1.2.3.4.5:1234567')\n    s.bind_to_random_port('tcp://127.0.0.1')\n    s.connect('tcp://127.0.0.1:5555')\n"),
                Case::pass("tests/test_a.py", "import unittest\n\nclass DummySock:\n    bound = None\n\n    def bind(self, addr):\n        self.bound = addr\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        sock = DummySock()\n        sock.bind(('127.0.0.1', 80))\n"),
                Case::pass("test_c.py", "def test_a():\n    c = DockerContainer(\"mongo\").with_bind_ports(27017)\n"),
                Case::pass("test_c.py", "def test_a():\n    c = DockerContainer(\"mongo\").with_bind_ports(27017, None)\n"),
                Case::pass("test_a.py", "import socket\n\ndef test_a(worker_id):\n    s = socket.socket()\n    s.bind((\"127.0.0.1\", 8000 + worker_id))\n"),
                Case::pass("test_a.py", "import socket, pytest\n\npytestmark = pytest.mark.xdist_group(\"ports\")\n\ndef test_a():\n    s = socket.socket()\n    s.bind((\"127.0.0.1\", 8000))\n"),
                Case::pass("test_s.py", "sock.bind((\"127.0.0.1\", 0))"),
                // A test-double server class never binds.
                Case::pass("test_s.py", "from wsgiref.simple_server import WSGIServer, make_server\n\nclass MockServer(WSGIServer):\n    def __init__(self, server_address, handler):\n        BaseServer.__init__(self, server_address, handler)\n\ndef test_x():\n    server = make_server('', 80, app, MockServer, MockHandler)\n"),
                Case::pass("test_s.py", "def test_x():\n    server = make_server('', 80, app, server_class=fakes.FakeServer)\n"),
                // A socket a test-double factory returns binds nothing.
                Case::pass("test_fakes.py", "def test_raiseOnBind(self):\n    state, skt = newFakeSocket()\n    skt.bind(('127.0.0.1', 300))\n"),
                Case::pass("test_fakes.py", "def test_x():\n    sock = FakeSocket()\n    sock.bind(('127.0.0.1', 300))\n"),
                Case::fail("test_fakes.py", "import socket\n\ndef test_x():\n    state, skt = newSocketPair()\n    skt.bind(('127.0.0.1', 300))\n", &["300"]),
                // Not TCP/UDP addresses: VSOCK, CAN, TIPC.
                Case::pass("test_s.py", "VSOCKPORT = 1234\nserv.bind((socket.VMADDR_CID_ANY, VSOCKPORT))"),
                Case::pass("test_s.py", "s.bind(('x' * 1024, 1, 2))"),
                Case::pass("test_s.py", "def setUp(self):\n    srvaddr = (socket.TIPC_ADDR_NAMESEQ, TIPC_STYPE, 2000, 2010)\n    self.srv.bind(srvaddr)"),
                Case::pass("test_s.py", "srv.bind((socket.TIPC_ADDR_NAMESEQ, TIPC_STYPE, 2000, 2010))"),
                Case::pass("test_s.py", "sock.listen(5)"),
                // pytest-httpserver: constructed but never started binds nothing.
                Case::pass("test_s.py", "from pytest_httpserver import HTTPServer\n\ndef test_repr():\n    server = HTTPServer(host=\"localhost\", port=12345)\n    assert repr(server.bake(method=\"GET\"))\n"),
                Case::pass("test_s.py", "def test_repr():\n    assert repr(HTTPServer(port=12345))\n"),
                Case::pass("test_s.py", "def test_repr():\n    server = HTTPServer(port=12345)\n    assert repr(server)\n\ndef test_run():\n    server = HTTPServer(port=0)\n    server.start()\n"),
                Case::pass("test_s.py", "def test_a():\n    host, port = '127.0.0.1', 0\n    sock.bind((host, port))\n\ndef test_b():\n    host, port = get_address()\n    sock.bind((host, port))\n\ndef test_c():\n    host, *ports = '127.0.0.1', 8000, 8001\n    sock.bind((host, ports))\n\ndef test_d():\n    for host, port in [('a', 1), ('b', 2)]:\n        print(host, port)\n"),
                Case::pass("test_s.py", "server = await loop.create_server(Proto, \"127.0.0.1\", 0)"),
                Case::pass("test_s.py", "server = socket.create_server((\"\", 0), reuse_port=True)"),
                // A thread or process running something that is not a server
                // (or a port that is isolated) binds nothing fixed.
                Case::pass("test_t.py", "def test_a():\n    Thread(target=app.run, kwargs={\"port\": 0}).start()\n    Process(target=uvicorn.run, args=(app,), kwargs={\"port\": get_free_port()}).start()\n    Thread(target=server.serve_forever).start()\n    Thread(target=worker, kwargs={\"port\": 5000}).start()\n"),
                // A same-file `run` helper is analysed through its own body.
                Case::pass("test_t.py", "def run(port):\n    print(port)\n\ndef test_a():\n    Thread(target=run, kwargs={\"port\": 5000}).start()\n"),
                Case::pass("test_s.py", "def test_x(unused_tcp_port):\n    app.run(port=unused_tcp_port)"),
                Case::pass("test_s.py", "port = get_free_port()\nuvicorn.run(app, port=port)"),
                Case::pass("test_s.py", "port = int(os.environ[\"PORT\"])\napp.run(port=port)"),
                Case::pass("test_s.py", "port = 8000 + int(os.environ.get(\"PYTEST_XDIST_WORKER\", \"gw0\")[2:])\napp.run(port=port)"),
                Case::pass("test_s.py", "requests.get(\"http://localhost:8000/\")"),
                Case::pass("test_s.py", "logger.bind(user=\"x\")"),
                Case::pass("test_live.py", "class T(TestCase):\n    port = 8081\n"),
                Case::pass("test_s.py", "def test_x(worker_id):\n    app.run(port=8000 + int(worker_id[2:]))"),
                // Helper parameters given port 0 or a free port; a method is not followed.
                Case::pass("test_h.py", "def start(port=8765):\n    sock.bind((\"\", port))\n\ndef test_a():\n    start(0)\n\ndef test_b():\n    start(port=get_free_port())\n"),
            ],
        );
    }

    #[test]
    fn audit90_protocol_servers() {
        assert_rule(
            RULE,
            &[
                // pysnmp transports: the address a server-mode transport binds.
                Case::fail("tests/agent_context.py", "from pysnmp.carrier.asyncio.dgram import udp\nAGENT_PORT = 1611\n\nasync def start_agent(engine):\n    config.addTransport(engine, udp.domainName, udp.UdpTransport().openServerMode((\"localhost\", AGENT_PORT)))\n    config.add_transport(engine, udp.DOMAIN_NAME, udp.UdpTransport().open_server_mode((\"localhost\", 1612)))\n", &["AGENT_PORT", "1612"]),
                // Started by `with`, `.start()` on an attribute, handed on in a tuple.
                Case::fail("tests/test_opc.py", "@pytest.fixture\ndef server():\n    s = Server()\n    s.set_endpoint(\"opc.tcp://0.0.0.0:8840/\")\n    with s:\n        yield s\n\nasync def make(h):\n    h.srv.set_endpoint(\"opc.tcp://127.0.0.1:8841\")\n    await h.srv.start()\n\n@pytest.fixture\nasync def pair():\n    srv = Server()\n    srv.set_endpoint(\"opc.tcp://127.0.0.1:8842\")\n    yield srv, 1\n", &["\"opc.tcp://0.0.0.0:8840/\"", "\"opc.tcp://127.0.0.1:8841\"", "\"opc.tcp://127.0.0.1:8842\""]),
                // A local address by keyword: aiocoap's `bind=`, asyncio's `local_addr=`.
                Case::fail("tests/test_coap.py", "async def test_a():\n    s = await Context.create_server_context(None, bind=(\"::1\", 1234))\n", &["1234"]),
                Case::fail("tests/test_udp.py", "ADDR = (\"127.0.0.1\", 9999)\n\nasync def test_a(loop):\n    await loop.create_datagram_endpoint(Proto, local_addr=(\"127.0.0.1\", 9998))\n    await loop.create_datagram_endpoint(Proto, local_addr=ADDR)\n", &["9998", "ADDR"]),
                // An OPC UA server's endpoint URL: a literal, an f-string, and
                // a `str.format` template over a constant.
                Case::fail("tests/test_opc.py", "PORT = 48515\nURI = \"opc.tcp://127.0.0.1:{0:d}\".format(PORT)\nNAMED = \"opc.tcp://{host}:{port}/x\".format(host=\"127.0.0.1\", port=48517)\n\n@pytest.fixture\nasync def srv():\n    srv = Server()\n    srv.set_endpoint(URI)\n    srv.set_endpoint(f\"opc.tcp://127.0.0.1:{PORT + 1}/freeopcua/server/\")\n    srv.set_endpoint(\"opc.tcp://0.0.0.0:8840/freeopcua/server/\")\n    srv.set_endpoint(NAMED)\n    await srv.start()\n", &["URI", "f\"opc.tcp://127.0.0.1:{PORT + 1}/freeopcua/server/\"", "\"opc.tcp://0.0.0.0:8840/freeopcua/server/\"", "NAMED"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                Case::pass("tests/agent_context.py", "def start_agent(engine):\n    config.addTransport(engine, udp.domainName, udp.UdpTransport().openServerMode((\"localhost\", 0)))\n    udp.UdpTransport().openClientMode()\n"),
                // No port (the library picks one or the default), port 0, a
                // client's remote address, a non-address `bind=`.
                Case::pass("tests/test_coap.py", "async def test_a(loop):\n    await Context.create_server_context(None, bind=(\"::1\", None))\n    await loop.create_datagram_endpoint(Proto, local_addr=(\"0.0.0.0\", 0))\n    await loop.create_datagram_endpoint(Proto, remote_addr=(\"127.0.0.1\", 5683))\n    Session(bind=engine)\n"),
                // Endpoints on free ports, read back from a running server, or
                // without a port; a template filled from a free port or with a
                // width the evaluator does not render; a client's URL.
                Case::pass("tests/test_opc.py", "import socket\n\ndef find_free_port():\n    with socket.socket() as s:\n        s.bind((\"\", 0))\n        return s.getsockname()[1]\n\nPORT = find_free_port()\n\nasync def test_a(server):\n    srv = Server()\n    srv.set_endpoint(f\"opc.tcp://127.0.0.1:{PORT}\")\n    srv.set_endpoint(server.endpoint.geturl())\n    srv.set_endpoint(\"opc.tcp://0.0.0.0/freeopcua/server/\")\n    srv.set_endpoint(\"opc.tcp://127.0.0.1:{}\".format(PORT))\n    srv.set_endpoint(\"opc.tcp://127.0.0.1:{:>6}\".format(4840))\n    Client(\"opc.tcp://127.0.0.1:4840\")\n"),
                // A server given an endpoint but never started binds nothing.
                Case::pass("tests/test_opc.py", "def test_endpoint_parsed():\n    srv = Server()\n    srv.set_endpoint(\"opc.tcp://0.0.0.0:4840/freeopcua/server/\")\n    assert srv.endpoint.port == 4840\n"),
            ],
        );
    }

    #[test]
    fn audit96_browser_servers_and_debugging_ports() {
        assert_rule(
            RULE,
            &[
                // Playwright's `launchServer({ port })` serves the browser's
                // WebSocket endpoint on that port, directly or via a constant.
                Case::fail("tests/server.spec.ts", "import { test } from '@playwright/test';\nconst WS_PORT = 9876;\ntest('a', async ({ browserType }) => {\n  const s = await browserType.launchServer({ port: 8800 });\n  const t = await chromium.launchServer({ port: WS_PORT, wsPath: '/pw' });\n  await s.close();\n});", &["8800", "WS_PORT"]),
                // A browser launched with a literal DevTools port (Puppeteer,
                // Playwright, a same-file `launch` helper, a persistent context).
                Case::fail("test/connect.spec.ts", "describe('connect', () => {\n  it('a', async () => {\n    const browser = await puppeteer.launch({ headless: true, args: ['--no-sandbox', '--remote-debugging-port=21222'] });\n    const { close } = await launch({ args: [\"--remote-debugging-port=9222\"] });\n    const ctx = await chromium.launchPersistentContext(dir, { args: ['--remote-debugging-port=9333'] });\n  });\n});", &["'--remote-debugging-port=21222'", "\"--remote-debugging-port=9222\"", "'--remote-debugging-port=9333'"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // A per-worker port, no port, port 0, a launch without the
                // switch; the switch outside a launch's `args` (an assertion,
                // a parser) and a client connecting to a DevTools port.
                Case::pass("tests/server.spec.ts", "import { test } from '@playwright/test';\ntest('a', async ({ browserType }, testInfo) => {\n  const port = 8800 + testInfo.workerIndex;\n  await browserType.launchServer({ port });\n  await browserType.launchServer();\n  await browserType.launchServer({ port: 0 });\n  await browserType.launch({ args: ['--remote-debugging-port=0', '--no-sandbox'] });\n  await browserType.launch({ args: ['--remote-debugging-pipe'] });\n});"),
                Case::pass("test/args.spec.ts", "it('a', async () => {\n  expect(defaultArgs()).toContain('--remote-debugging-port=9222');\n  parseArgs(['--remote-debugging-port=9222']);\n  await puppeteer.connect({ browserURL: 'http://127.0.0.1:9222' });\n  launchServer(9000);\n});"),
            ],
        );
    }

    #[test]
    fn audit92_asgi_servers() {
        assert_rule(
            RULE,
            &[
                // Hypercorn: a config's `bind` served in the same function (or
                // one enclosing the `serve` call), a string or a list of them.
                Case::fail("tests/e2e/test_httpx.py", "import hypercorn.trio\nfrom hypercorn.config import Config\n\nasync def test_a():\n    config = Config()\n    config.bind = \"0.0.0.0:1234\"\n    async with trio.open_nursery() as nursery:\n        async def serve():\n            await hypercorn.trio.serve(app, config, shutdown_trigger=shutdown.wait)\n        nursery.start_soon(serve)\n\nasync def test_b():\n    cfg = Config()\n    cfg.bind = [\"unix:/tmp/h.sock\", \"[::1]:8001\"]\n    await hypercorn.asyncio.serve(app, cfg)\n", &["\"0.0.0.0:1234\"", "\"[::1]:8001\""]),
                // A helper nothing in this file calls: the test modules that
                // import it run it on its literal default.
                Case::fail("tests/web_server.py", "from wsgiref.simple_server import make_server\nimport uvicorn\n\nclass WebServer:\n    def start(self, port=8900):\n        self.httpd = make_server(\"\", port, self.app)\n\nclass AsgiServer:\n    def serve_forever(self, port=8901):\n        self.httpd = uvicorn.Server(config=uvicorn.Config(self.app, port=port))\n        threading.Thread(target=self.httpd.run).start()\n", &["port", "port"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // A bind on port 0, a Unix socket, a file descriptor; a config
                // whose `bind` is never served; a client's address.
                Case::pass("tests/test_run.py", "async def test_a():\n    config = Config()\n    config.bind = \"127.0.0.1:0\"\n    await serve(app, config)\n\nasync def test_b():\n    config = Config()\n    config.bind = [\"unix:/tmp/h.sock\", \"fd://3\"]\n    await serve(app, config)\n\ndef test_c():\n    config = Config()\n    config.bind = [\"127.0.0.1:5000\"]\n    assert config.bind == [\"127.0.0.1:5000\"]\n\nasync def test_d():\n    other = Config()\n    other.bind = \"127.0.0.1:5001\"\n    await serve(app, config)\n"),
                // A helper called in this file with free ports, a default
                // that is not a number, a helper handed around by name.
                Case::pass("tests/web_server.py", "class WebServer:\n    def start(self, port=8900):\n        self.httpd = make_server(\"\", port, self.app)\n\ndef test_a(unused_tcp_port):\n    WebServer().start(port=unused_tcp_port)\n\ndef serve_on(port=None):\n    make_server(\"\", port, app)\n\ndef run(port=8902):\n    make_server(\"\", port, app)\n\nrunners = [run]\n"),
            ],
        );
    }

    #[test]
    fn python_instance_attributes() {
        // `self.X` / `cls.X` resolve to what the class (and its same-file
        // bases and subclasses) assigns to `X`, when every write agrees.
        assert_rule(
            RULE,
            &[
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.port = 8123\n\n    def test_x(self):\n        HTTPServer((\"\", self.port), H)\n", &["self.port"]),
                Case::fail("test_a.py", "class T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.port = 8124\n        cls.server = HTTPServer((\"\", cls.port), H)\n\n    def test_x(self):\n        app.run(port=self.port)\n", &["cls.port", "self.port"]),
                Case::fail("test_a.py", "class TestX:\n    def setup_method(self):\n        self.port = 8125\n\n    def test_x(self):\n        uvicorn.run(app, port=self.port)\n", &["self.port"]),
                Case::fail("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.host, self.port = \"127.0.0.1\", 8126\n\n    def test_x(self):\n        sock.bind((self.host, self.port))\n", &["self.port"]),
                // Set in a same-file base class's setUp, read in a subclass.
                Case::fail("test_a.py", "class Base(unittest.TestCase):\n    def setUp(self):\n        self.port = 8127\n\nclass T(Base):\n    def test_x(self):\n        port = self.port\n        app.run(port=port)\n", &["port"]),
                // The same value written twice still agrees.
                Case::fail("test_a.py", "class T(unittest.TestCase):\n    port = 8128\n\n    def setUp(self):\n        self.port = 8128\n\n    def test_x(self):\n        app.run(port=self.port)\n", &["self.port"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.port = 0\n\n    def test_x(self):\n        HTTPServer((\"\", self.port), H)\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.port = get_free_port()\n\n    def test_x(self):\n        HTTPServer((\"\", self.port), H)\n"),
                // Assigned twice with different values.
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.port = 8000\n\n    def test_x(self):\n        self.port = 9000\n        app.run(port=self.port)\n"),
                // From a parameter, or from anything unknown anywhere in the class.
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def __init__(self, port, *args):\n        super().__init__(*args)\n        self.port = port\n\n    def test_x(self):\n        app.run(port=self.port)\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    port = 8000\n\n    def configure(self, p):\n        self.port = p\n\n    def test_x(self):\n        app.run(port=self.port)\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.port = 8000\n        self.port += 1\n\n    def test_x(self):\n        app.run(port=self.port)\n"),
                // setattr, and a write through the class name.
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    port = 8000\n\n    def setUp(self):\n        setattr(self, \"port\", get_free_port())\n\n    def test_x(self):\n        app.run(port=self.port)\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.port = 8000\n        for k, v in self.overrides.items():\n            setattr(self, k, v)\n\n    def test_x(self):\n        app.run(port=self.port)\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    port = 8000\n\n    def test_x(self):\n        app.run(port=self.port)\n\nT.port = get_free_port()\n"),
                // A subclass overrides the base's port with port 0.
                Case::pass("test_a.py", "class Base(unittest.TestCase):\n    port = 8000\n\n    def test_x(self):\n        app.run(port=self.port)\n\nclass T(Base):\n    port = 0\n"),
                // Another class's attribute of the same name is not this one.
                Case::pass("test_a.py", "class Other:\n    def __init__(self):\n        self.port = 8000\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        app.run(port=self.port)\n"),
            ],
        );
    }

    #[test]
    fn a_loop_or_callback_variable_is_not_the_module_constant_it_shadows() {
        assert_rule(
            RULE,
            &[
                Case::pass("test_a.py", "import socket\nport = 8000\n\ndef test_x(ports):\n    for port in ports:\n        socket.socket().bind((\"\", port))\n"),
                Case::pass("test_a.py", "port = 8000\n\ndef test_x(ports):\n    servers = [HTTPServer((\"\", port), H) for port in ports]\n"),
                Case::pass("a.test.js", "const port = 3000;\ntest('a', () => {\n  for (const port of ports) app.listen(port);\n  ports.map((port) => app.listen(port));\n});"),
                Case::pass("a.test.js", "const port = 3000;\ntest('a', () => {\n  try { start(); } catch (port) { app.listen(port); }\n});"),
            ],
        );
        assert_rule(
            RULE,
            &[
                Case::fail("test_a.py", "import socket\nport = 8000\n\ndef test_x(hosts):\n    for host in hosts:\n        socket.socket().bind((host, port))\n", &["port"]),
                Case::fail("a.test.js", "const port = 3000;\ntest('a', () => {\n  hosts.forEach((host) => app.listen(port, host));\n});", &["port"]),
            ],
        );
    }

    #[test]
    fn related_location_says_where_the_port_comes_from() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        use std::path::Path;
        let settings = Settings::for_rules(&[RULE]);
        let labels = |file: &str, code: &str| -> Vec<String> {
            let path = Path::new(file);
            let lang = Lang::from_path(path).expect("known extension");
            let (findings, _) =
                analyze_source(path, code, lang, FileRole::by_name(path), &settings);
            findings
                .iter()
                .flat_map(|f| f.related.iter().map(|r| r.message.clone()))
                .collect()
        };
        assert_eq!(
            labels("a.test.js", "const PORT = 3000;\napp.listen(PORT);"),
            ["port 3000 is defined here"]
        );
        assert_eq!(
            labels(
                "test_a.py",
                "def start(port):\n    sock.bind((\"\", port))\n\ndef test_a():\n    start(8080)\n"
            ),
            ["port 8080 is passed here"]
        );
    }

    /// Audit 85: PyTorch's process-group rendezvous. Rank 0 of
    /// `init_process_group` serves its store on the `tcp://` port, or with
    /// the default `env://` method on `MASTER_PORT`; a master `TCPStore`
    /// binds its port.
    #[test]
    fn sweep84_master_port_inherited_by_spawned_workers() {
        // spec sweep 84: a test that sets MASTER_PORT and spawns same-file
        // workers joining an env:// group: the children inherit it and
        // rank 0 binds it.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_d.py", "import torch.distributed as dist\nimport torch.multiprocessing as mp\n\ndef _worker(rank, world_size):\n    dist.init_process_group(\"gloo\", rank=rank, world_size=world_size)\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29501\")\n    mp.spawn(_worker, args=(2,), nprocs=2)\n", &["\"29501\""]),
                Case::fail("tests/test_d.py", "import os\nimport multiprocessing\nimport torch.distributed as dist\n\ndef _worker(rank):\n    dist.init_process_group(\"gloo\", rank=rank, world_size=2)\n\ndef test_a():\n    os.environ[\"MASTER_PORT\"] = \"29502\"\n    p = multiprocessing.Process(target=_worker, args=(0,))\n    p.start()\n", &["\"29502\""]),
                // A free port, or workers that join over an explicit store.
                Case::pass("tests/test_d.py", "import torch.distributed as dist\nimport torch.multiprocessing as mp\n\ndef _worker(rank, world_size):\n    dist.init_process_group(\"gloo\", rank=rank, world_size=world_size)\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", str(get_free_port()))\n    mp.spawn(_worker, args=(2,), nprocs=2)\n"),
                Case::pass("tests/test_d.py", "import torch.distributed as dist\nimport torch.multiprocessing as mp\n\ndef _worker(rank, world_size, store):\n    dist.init_process_group(\"gloo\", rank=rank, world_size=world_size, store=store)\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29503\")\n    mp.spawn(_worker, args=(2, make_store()), nprocs=2)\n"),
            ],
        );
    }

    #[test]
    fn torch_distributed_rendezvous_ports() {
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_d.py", "import os\nimport torch.distributed as dist\n\ndef setup(rank, world_size):\n    os.environ[\"MASTER_ADDR\"] = \"localhost\"\n    os.environ[\"MASTER_PORT\"] = \"12355\"\n    dist.init_process_group(\"gloo\", rank=rank, world_size=world_size)\n", &["\"12355\""]),
                Case::fail("tests/test_d.py", "import torch.distributed as dist\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29500\")\n    dist.init_process_group(\"gloo\", rank=0, world_size=1)\n", &["\"29500\""]),
                Case::fail("tests/test_d.py", "import os\nfrom unittest import mock\nimport torch.distributed as dist\n\n@mock.patch.dict(os.environ, {\"MASTER_ADDR\": \"localhost\", \"MASTER_PORT\": \"29501\"})\ndef test_a():\n    dist.init_process_group(backend=\"gloo\", rank=0, world_size=1)\n\ndef test_b():\n    with mock.patch.dict(os.environ, MASTER_PORT=\"29502\"):\n        dist.init_process_group(\"gloo\", init_method=\"env://\", rank=0, world_size=1)\n", &["\"29501\"", "\"29502\""]),
                Case::fail("tests/test_d.py", "import os\nimport torch.distributed as dist\nPORT = \"29503\"\n\ndef test_a():\n    os.environ.update({\"MASTER_PORT\": PORT})\n    dist.init_process_group(\"gloo\", rank=0, world_size=1)\n", &["PORT"]),
                Case::fail("tests/test_d.py", "import torch.distributed as dist\n\ndef test_a():\n    dist.init_process_group(\"gloo\", init_method=\"tcp://127.0.0.1:23456\", rank=0, world_size=1)\n    store = dist.TCPStore(\"127.0.0.1\", 29504, 1, True)\n    other = dist.TCPStore(host_name=\"127.0.0.1\", port=29505, world_size=1, is_master=True)\n", &["\"tcp://127.0.0.1:23456\"", "29504", "29505"]),
                // A patch of `init_process_group` in another test leaves
                // `setUp`'s real call alone.
                Case::fail("tests/test_d.py", "import os\nimport unittest\nfrom unittest import mock\nimport torch\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        os.environ.update({\"MASTER_PORT\": \"12362\"})\n        torch.distributed.init_process_group(\"gloo\", rank=0, world_size=1)\n\n    def test_init(self):\n        with mock.patch(\"torch.distributed.init_process_group\") as m:\n            initialize()\n", &["\"12362\""]),
                // Not flagged: a port only parsed, a free port, another
                // rendezvous method, a client store, a patched
                // `init_process_group`, the port set in another function.
                Case::pass("tests/test_d.py", "def test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29500\")\n    assert parse_env().port == 29500\n"),
                Case::pass("tests/test_d.py", "import torch.distributed as dist\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", str(get_free_port()))\n    dist.init_process_group(\"gloo\", rank=0, world_size=1)\n"),
                Case::pass("tests/test_d.py", "import os\nimport torch.distributed as dist\n\ndef test_a(tmp_path):\n    os.environ[\"MASTER_PORT\"] = \"29504\"\n    dist.init_process_group(\"gloo\", init_method=f\"file://{tmp_path}/s\", rank=0, world_size=1)\n    dist.init_process_group(\"gloo\", store=store, rank=0, world_size=1)\n"),
                Case::pass("tests/test_d.py", "import torch.distributed as dist\n\ndef test_a():\n    dist.TCPStore(\"127.0.0.1\", 29505, 2, False)\n    dist.init_process_group(\"gloo\", init_method=\"tcp://127.0.0.1:0\", rank=0, world_size=1)\n"),
                Case::pass("tests/test_d.py", "import os\nfrom unittest import mock\nimport torch.distributed as dist\n\n@mock.patch(\"torch.distributed.init_process_group\")\ndef test_a(init):\n    os.environ[\"MASTER_PORT\"] = \"29500\"\n    dist.init_process_group(\"nccl\", init_method=\"tcp://127.0.0.1:23456\")\n"),
                Case::pass("tests/test_d.py", "import os, pytest\nimport torch.distributed as dist\n\n@pytest.fixture(autouse=True)\ndef no_pg(monkeypatch):\n    monkeypatch.setattr(dist, 'init_process_group', lambda *a, **k: None)\n\ndef test_a(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29500\")\n    dist.init_process_group(\"gloo\", rank=0, world_size=1)\n"),
                Case::pass("tests/test_d.py", "import torch.distributed as dist\n\ndef prepare(monkeypatch):\n    monkeypatch.setenv(\"MASTER_PORT\", \"29500\")\n\ndef test_a():\n    dist.init_process_group(\"gloo\", rank=0, world_size=1)\n"),
            ],
        );
    }

    /// pytest's `python_functions = check_*`: a `check_*` function is a test,
    /// and its parameters are fixtures (a fixture returning a literal port
    /// is a hardcoded port at the binding call). Without the config it is a
    /// plain function whose parameter is whatever its caller passes.
    #[test]
    fn python_functions_config_makes_tests() {
        let code = "import socketserver\nimport pytest\n\n@pytest.fixture\ndef health_port():\n    return 8099\n\ndef check_health(health_port):\n    with socketserver.TCPServer((\"localhost\", health_port), H) as s:\n        pass\n";
        let run = |patterns: &[&str]| {
            crate::testing::reported_with_project(RULE, "check_a.py", code, |p| {
                p.python_functions = patterns.iter().map(|p| p.to_string()).collect();
            })
        };
        assert_eq!(run(&["check_*"]), ["health_port"]);
        assert_eq!(run(&["check"]), ["health_port"]);
        assert!(run(&[]).is_empty());
        assert!(run(&["*_should"]).is_empty());
    }

    #[test]
    fn python_triggers_name_every_server() {
        use super::{HardcodedPort, Rule, PY_ADDRESS_SERVERS, PY_HOST_PORT_SERVERS};
        use crate::prefilter::Trigger;
        let t = HardcodedPort.triggers();
        let names = PY_ADDRESS_SERVERS
            .iter()
            .chain(PY_HOST_PORT_SERVERS.iter().map(|(n, _)| n))
            .filter(|n| **n != "start_unix_server");
        for name in names {
            assert!(
                t.python.contains(&Trigger::Word(name)),
                "no trigger for {name}"
            );
        }
        let js = super::JS_BIND_METHODS
            .iter()
            .chain(super::JS_BIND_CONSTRUCTORS)
            .map(|n| crate::model::facts::last_segment(n));
        for name in js {
            assert!(
                t.javascript.contains(&Trigger::Word(name)),
                "no trigger for {name}"
            );
        }
    }
}
