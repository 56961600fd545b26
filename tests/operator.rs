//! Built for init containers: waiting for a server that comes up late, creating the
//! database, options from the environment, JSON output, completions and man page.

mod common;

use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb};
use serde_json::Value;

/// A port nothing listens on (yet).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// After `delay`, listens on `port` and forwards every connection to `upstream`:
/// a database server that starts late, as seen from the client.
fn late_server(port: u16, upstream: String, delay: Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(delay);
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the late server's port");
        for conn in listener.incoming().flatten() {
            common::forward(conn, &upstream);
        }
    });
}

fn server(d: Dialect) -> (String, &'static str, String) {
    let base = if d == Dialect::Mysql {
        common::mysql_server()
    } else {
        common::pg_server()
    };
    let u = ast_schema::db::url::DbUrl::parse(&format!("{base}/x")).unwrap();
    let upstream = format!("{}:{}", u.host.clone().unwrap(), u.port.unwrap());
    let user = u.user.clone().unwrap_or_default();
    (
        upstream,
        if d == Dialect::Mysql {
            "mysql"
        } else {
            "postgresql"
        },
        user,
    )
}

fn drop_db(d: Dialect, name: &str) {
    let base = if d == Dialect::Mysql {
        format!("{}/mysql", common::mysql_server())
    } else {
        format!("{}/postgres", common::pg_server())
    };
    let mut c = ast_schema::db::driver::connect(&ast_schema::db::url::DbUrl::parse(&base).unwrap())
        .unwrap();
    let sql = if d == Dialect::Mysql {
        format!("DROP DATABASE IF EXISTS `{name}`")
    } else {
        format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")
    };
    c.execute(&sql).unwrap();
}

#[test]
fn wait_and_create_database_succeed_once_a_late_server_answers() {
    let head = Tree::named("config").unwrap().head().unwrap().id;
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let (upstream, scheme, user) = server(d);
        let port = free_port();
        let name = format!("ast_t_wait_{}_{}", d.name(), std::process::id());
        drop_db(d, &name);
        let url = format!("{scheme}://{user}@127.0.0.1:{port}/{name}");
        let started = Instant::now();
        let child = Command::new(env!("CARGO_BIN_EXE_ast-schema"))
            .args([
                "--url",
                &url,
                "--wait",
                "60",
                "--create-database",
                "upgrade",
                "head",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        late_server(port, upstream, Duration::from_secs(3));
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{d}: {}", stderr(&out));
        assert!(
            started.elapsed() >= Duration::from_secs(3),
            "{d}: it did not wait"
        );
        assert!(
            stderr(&out).contains("waiting for"),
            "{d}: no progress line: {}",
            stderr(&out)
        );
        let attempts = stderr(&out)
            .lines()
            .filter(|l| l.starts_with("waiting for"))
            .count();
        assert!(
            attempts <= 3,
            "{d}: more than a line every few seconds: {}",
            stderr(&out)
        );
        let check = Command::new(env!("CARGO_BIN_EXE_ast-schema"))
            .args(["--url", &url, "current"])
            .output()
            .unwrap();
        assert_eq!(
            stdout(&check).lines().next().unwrap_or_default(),
            format!("{head} (head)"),
            "{d}"
        );
        drop_db(d, &name);
    }
}

#[test]
fn waiting_gives_up_with_a_clear_error() {
    let port = free_port();
    let started = Instant::now();
    let out = common::ast(&[
        "--url",
        &format!("mysql://root@127.0.0.1:{port}/x"),
        "--wait",
        "2",
        "upgrade",
        "head",
    ]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("gave up after"), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn wrong_password_and_missing_database_fail_at_once_even_when_waiting() {
    let db = TestDb::new(Dialect::Mysql, "waitfail");
    let u = ast_schema::db::url::DbUrl::parse(&db.url).unwrap();
    let (host, port, name) = (
        u.host.clone().unwrap(),
        u.port.unwrap(),
        u.database.clone().unwrap(),
    );
    for (url, code) in [
        (format!("mysql://root:wrongpw@{host}:{port}/{name}"), 6),
        (format!("mysql://root@{host}:{port}/ast_missing_db"), 7),
    ] {
        let started = Instant::now();
        let out = common::ast(&["--url", &url, "--wait", "60", "upgrade", "head"]);
        assert_eq!(out.status.code(), Some(code), "{url}: {}", stderr(&out));
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{url}: it waited"
        );
    }
}

#[test]
fn create_database_is_a_clear_error_when_not_permitted() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let db = TestDb::new(d, "nocreate");
        let u = ast_schema::db::url::DbUrl::parse(&db.url).unwrap();
        let (host, port) = (u.host.clone().unwrap(), u.port.unwrap());
        let url = match d {
            Dialect::Mysql => {
                db.exec("CREATE USER IF NOT EXISTS 'ast_nocreate'@'127.0.0.1' IDENTIFIED BY 'pw'");
                format!("mysql://ast_nocreate:pw@{host}:{port}/ast_never_created")
            }
            _ => {
                let _ = db
                    .conn()
                    .execute("CREATE ROLE ast_nocreate LOGIN NOCREATEDB");
                format!("postgresql://ast_nocreate@{host}:{port}/ast_never_created")
            }
        };
        let out = common::ast(&["--url", &url, "--create-database", "upgrade", "head"]);
        assert_eq!(out.status.code(), Some(14), "{d}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("cannot create database ast_never_created"),
            "{d}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn sqlite_create_database_makes_the_folder() {
    let dir = common::TempDir::new("mkdir");
    let path = dir.0.join("deep/er/asterisk.db");
    let url = format!("sqlite:///{}", path.display());
    let out = common::ast(&["--url", &url, "upgrade", "head"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--create-database"),
        "{}",
        stderr(&out)
    );
    let out = common::ast(&["--url", &url, "--create-database", "upgrade", "head"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(path.exists());
}

#[test]
fn options_come_from_the_environment() {
    let db = TestDb::new(Dialect::Sqlite, "env");
    let out = Command::new(env!("CARGO_BIN_EXE_ast-schema"))
        .args(["upgrade", "head"])
        .env("AST_SCHEMA_URL", &db.url)
        .env("AST_SCHEMA_TREE", "cdr")
        .env("AST_SCHEMA_FORMAT", "json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["trees"][0]["tree"], "cdr");
    assert_eq!(db.versions("cdr").len(), 1);
    let out = Command::new(env!("CARGO_BIN_EXE_ast-schema"))
        .args(["upgrade", "head"])
        .env("AST_SCHEMA_URL", &db.url)
        // Named: by default a database holding only cdr is refused with a --tree hint.
        .env("AST_SCHEMA_TREE", "config")
        .env("AST_SCHEMA_QUIET", "true")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out), "");
    // --help documents the variables.
    let help = stdout(&common::ast(&["--help"]));
    for var in [
        "AST_SCHEMA_URL",
        "AST_SCHEMA_TREE",
        "AST_SCHEMA_WAIT",
        "AST_SCHEMA_CREATE_DATABASE",
        "AST_SCHEMA_FORMAT",
        "AST_SCHEMA_LOCK_TIMEOUT",
    ] {
        assert!(help.contains(var), "--help does not mention {var}");
    }
}

fn json(db: &TestDb, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let out = db.ast(&all);
    let v: Value = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", stdout(&out)));
    (out.status.code(), v)
}

#[test]
fn json_output_is_one_document_per_command() {
    let t = Tree::named("config").unwrap();
    let db = TestDb::new(Dialect::Sqlite, "json");
    let (code, v) = json(&db, &["upgrade", "head"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["command"], "upgrade");
    assert_eq!(v["ok"], true);
    assert_eq!(v["dialect"], "sqlite");
    let tree = &v["trees"][0];
    assert_eq!(tree["tree"], "config");
    assert_eq!(tree["before"], Value::Null);
    assert_eq!(tree["after"], t.head().unwrap().id);
    assert_eq!(tree["at_head"], true);
    let applied = tree["applied"].as_array().unwrap();
    assert_eq!(applied.len(), t.len());
    assert_eq!(applied[0]["revision"], t.at(1).id);
    assert_eq!(applied[0]["direction"], "upgrade");
    // A fresh database is built at once: one time for the whole tree.
    assert_eq!(tree["method"], "fast-path");
    assert_eq!(applied[0]["ms"], Value::Null);
    assert!(tree["ms"].as_f64().unwrap() > 0.0);

    let (_, v) = json(&db, &["upgrade", "head"]);
    assert_eq!(v["trees"][0]["noop"], true);
    assert_eq!(v["trees"][0]["applied"].as_array().unwrap().len(), 0);

    let (_, v) = json(&db, &["current"]);
    assert_eq!(v["trees"][0]["revision"], t.head().unwrap().id);
    assert_eq!(v["trees"][0]["at_head"], true);

    let (_, v) = json(&db, &["--tree", "all", "heads"]);
    assert_eq!(v["trees"].as_array().unwrap().len(), Tree::all().count());

    let (_, v) = json(&db, &["history"]);
    let revs = v["trees"][0]["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), t.len());
    assert_eq!(revs[0]["current"], true);
    assert_eq!(revs[0]["head"], true);

    let (code, v) = json(&db, &["verify"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["trees"][0]["ok"], true);

    let (_, v) = json(&db, &["downgrade", "-2"]);
    assert_eq!(v["trees"][0]["applied"].as_array().unwrap().len(), 2);
    assert_eq!(v["trees"][0]["applied"][0]["direction"], "downgrade");
    assert_eq!(v["trees"][0]["method"], "replay");
    assert!(v["trees"][0]["applied"][0]["ms"].as_f64().unwrap() >= 0.0);

    // Errors are documents too, with their exit code.
    let (code, v) = json(&db, &["upgrade", "nosuchrev"]);
    assert_eq!(code, Some(8));
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["exit_code"], 8);
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("nosuchrev"));
}

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = common::ast(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("upgrade") && text.contains("downgrade"),
            "{shell}"
        );
    }
    let out = common::ast(&["man"]);
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(page.starts_with(".ie") || page.contains(".TH"), "not roff");
    assert!(page.contains("ast\\-schema") || page.contains("ast-schema"));
}

#[test]
fn a_closed_pipe_ends_the_output_quietly_with_status_zero() {
    for args in [
        &["releases"][..],
        &["--tree", "config", "history"][..],
        &["man"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ast-schema"))
            .args(args)
            .env_remove("AST_SCHEMA_URL")
            .current_dir(std::env::temp_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before anything is written, as `| head -0` would.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{args:?}: {}", stderr(&out));
    }
}
