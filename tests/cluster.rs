//! Clusters, with real ones (`scripts/cluster`): a 3-node MariaDB Galera cluster
//! with every node writable, and a PostgreSQL primary with a streaming standby.
//! Each cluster's cases run one after another in one test, since some of them stop
//! a node or promote the standby.

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{stderr, stdout};

const NODES: [u16; 3] = [3321, 3322, 3323];
const PRIMARY: u16 = 5441;
const STANDBY: u16 = 5442;

fn script(args: &[&str]) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(root.join("scripts/cluster"))
        .args(args)
        .output()
        .expect("run scripts/cluster");
    assert!(
        out.status.success(),
        "scripts/cluster {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ast_cmd(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_") {
            cmd.env_remove(k);
        }
    }
    cmd.args(args);
    cmd
}

fn run(args: &[&str]) -> Output {
    ast_cmd(args).output().expect("run ast-schema")
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "ast-schema {args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

fn spawn(args: &[&str]) -> Child {
    ast_cmd(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start ast-schema")
}

fn node(port: u16, db: &str) -> String {
    format!("mysql://root@127.0.0.1:{port}/{db}")
}

fn mariadb(port: u16, sql: &str) -> String {
    let out = Command::new("mariadb")
        .args(["-uroot", "-h127.0.0.1", "-N", "-B"])
        .arg(format!("-P{port}"))
        .arg("-e")
        .arg(sql)
        .output()
        .expect("run mariadb");
    assert!(out.status.success(), "{sql}: {}", stderr(&out));
    stdout(&out)
}

fn fresh_galera_db(name: &str) {
    mariadb(
        NODES[0],
        &format!("DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}"),
    );
    // Every node has the database before a runner connects to it.
    for p in NODES {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !mariadb(p, "SHOW DATABASES").lines().any(|l| l == name) {
            assert!(Instant::now() < deadline, "{name} never reached node {p}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Every node has the same schema, `verify` passes on each, and every revision
/// was applied exactly once.
fn agree(db: &str, what: &str) {
    let dumps: Vec<String> = NODES
        .iter()
        .map(|p| ok(&["--url", &node(*p, db), "dump-schema"]))
        .collect();
    assert!(
        dumps.windows(2).all(|w| w[0] == w[1]),
        "{what}: the nodes' schemas differ"
    );
    for p in NODES {
        ok(&["--url", &node(p, db), "verify"]);
    }
    let twice = mariadb(
        NODES[1],
        &format!(
            "SELECT revision, COUNT(*) FROM {db}.ast_schema_history WHERE status = 'done' \
             GROUP BY revision HAVING COUNT(*) > 1"
        ),
    );
    assert!(twice.trim().is_empty(), "{what}: applied twice: {twice}");
    let done = mariadb(
        NODES[2],
        &format!(
            "SELECT COUNT(DISTINCT revision) FROM {db}.ast_schema_history WHERE status = 'done'"
        ),
    );
    let head = ok(&["history"]).lines().count();
    assert_eq!(
        done.trim(),
        head.to_string(),
        "{what}: not every revision recorded once"
    );
}

#[test]
fn galera_runners_on_every_node_apply_each_revision_once() {
    script(&["start"]);
    // The cluster is seen for what it is.
    fresh_galera_db("gal_detect");
    let out = run(&["--url", &node(NODES[0], "gal_detect"), "-v", "current"]);
    assert!(
        stderr(&out).contains("a Galera cluster of 3 node(s)"),
        "{}",
        stderr(&out)
    );

    // Nine runners at once, three per node, on a fresh database: the fast path,
    // then revision by revision.
    for (db, extra) in [("gal_fast", None), ("gal_replay", Some("--replay"))] {
        fresh_galera_db(db);
        let children: Vec<Child> = NODES
            .iter()
            .flat_map(|p| std::iter::repeat_n(*p, 3))
            .map(|p| {
                let url = node(p, db);
                let mut args = vec!["--url", url.as_str(), "upgrade", "head"];
                args.extend(extra);
                spawn(&args)
            })
            .collect();
        for (i, c) in children.into_iter().enumerate() {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{db}: runner {i} failed: {}{}",
                stdout(&out),
                stderr(&out)
            );
        }
        agree(db, db);
    }

    // The lock holder killed outright: the others wait for its lease to run out,
    // take the lock over, finish its half-done revision and the rest.
    fresh_galera_db("gal_kill");
    let holder_url = node(NODES[0], "gal_kill");
    let mut holder = spawn(&[
        "--url",
        &holder_url,
        "--lock-lease",
        "3",
        "upgrade",
        "head",
        "--replay",
    ]);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let held = mariadb(
            NODES[0],
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'gal_kill' AND table_name = 'ast_schema_history'",
        );
        if held.trim() == "1" {
            break;
        }
        assert!(Instant::now() < deadline, "the holder never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    holder.kill().unwrap();
    holder.wait().unwrap();
    let started = Instant::now();
    let others: Vec<Child> = NODES[1..]
        .iter()
        .map(|p| {
            let url = node(*p, "gal_kill");
            spawn(&[
                "--url",
                &url,
                "--lock-lease",
                "3",
                "upgrade",
                "head",
                "--replay",
            ])
        })
        .collect();
    for c in others {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    }
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "the killed holder's lock was taken before its lease ran out"
    );
    agree("gal_kill", "after the holder was killed");

    // A node stopped in the middle of a run: a rerun on another node finishes, and
    // the node catches up when it is back.
    fresh_galera_db("gal_stop");
    let url3 = node(NODES[2], "gal_stop");
    let runner = spawn(&["--url", &url3, "upgrade", "head", "--replay"]);
    std::thread::sleep(Duration::from_millis(700));
    script(&["galera-node", "stop", "3"]);
    let _ = runner.wait_with_output();
    ok(&[
        "--url",
        &node(NODES[0], "gal_stop"),
        "--lock-lease",
        "3",
        "upgrade",
        "head",
        "--replay",
    ]);
    script(&["galera-node", "start", "3"]);
    agree("gal_stop", "after a node was stopped");
}

fn pg(port: u16, db: &str) -> String {
    format!("postgresql://postgres@127.0.0.1:{port}/{db}")
}

fn psql(port: u16, sql: &str) -> String {
    let out = Command::new("psql")
        .args(["-h127.0.0.1", "-Upostgres", "-dpostgres", "-Atq"])
        .arg(format!("-p{port}"))
        .arg("-c")
        .arg(sql)
        .output()
        .expect("run psql");
    assert!(out.status.success(), "{sql}: {}", stderr(&out));
    stdout(&out)
}

/// Both hosts, the standby first: only the primary may be picked.
fn both(db: &str, attrs: &str) -> String {
    format!("postgresql://postgres@/{db}?host=127.0.0.1:{STANDBY}&host=127.0.0.1:{PRIMARY}{attrs}")
}

fn until_on_standby(db: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !psql(STANDBY, "SELECT datname FROM pg_database")
        .lines()
        .any(|l| l == db)
    {
        assert!(Instant::now() < deadline, "{db} never reached the standby");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn postgresql_with_a_standby_is_upgraded_on_the_primary_only() {
    script(&["start"]);
    if psql(STANDBY, "SELECT pg_is_in_recovery()").trim() != "t" {
        script(&["pg-reset"]);
    }
    psql(PRIMARY, "DROP DATABASE IF EXISTS pg_multi WITH (FORCE)");
    psql(PRIMARY, "CREATE DATABASE pg_multi");
    until_on_standby("pg_multi");

    // The standby alone: a clear refusal, nothing done; reading it is fine.
    let out = run(&["--url", &pg(STANDBY, "pg_multi"), "upgrade", "head"]);
    assert_eq!(out.status.code(), Some(23), "{}", stderr(&out));
    assert!(stderr(&out).contains("standby"), "{}", stderr(&out));
    assert_eq!(
        ok(&["--url", &pg(STANDBY, "pg_multi"), "current"]).trim(),
        "base"
    );

    // Both hosts, libpq's and SQLAlchemy's forms: the one that takes writes.
    let url = both("pg_multi", "&target_session_attrs=read-write");
    let out = run(&["--url", &url, "-v", "upgrade", "head"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the first of 2 that accepts writes"),
        "{}",
        stderr(&out)
    );
    ok(&["--url", &pg(PRIMARY, "pg_multi"), "verify"]);
    let libpq = format!(
        "postgresql://postgres@/pg_multi?host=127.0.0.1,127.0.0.1&port={STANDBY},{PRIMARY}&target_session_attrs=primary"
    );
    assert!(ok(&["--url", &libpq, "upgrade", "head"]).contains("nothing to do"));

    // A failover under --wait: the primary goes away, the runner waits, the
    // standby is promoted, and the upgrade is done on the new primary.
    psql(PRIMARY, "CREATE DATABASE pg_failover");
    until_on_standby("pg_failover");
    let pgbin = std::fs::read_dir("/usr/lib/postgresql")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin"))
        .max()
        .unwrap();
    let dir = std::env::var("AST_SCHEMA_CLUSTER_DIR")
        .unwrap_or_else(|_| "/tmp/ast-schema-cluster".into());
    let pg_ctl = |args: &[&str]| {
        let out = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(pgbin.join("pg_ctl"))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "pg_ctl {args:?}: {}", stderr(&out));
    };
    pg_ctl(&[
        "-D",
        &format!("{dir}/pg-primary"),
        "-m",
        "fast",
        "-w",
        "stop",
    ]);
    let runner = spawn(&[
        "--url",
        &both("pg_failover", "&target_session_attrs=read-write"),
        "--wait",
        "60",
        "upgrade",
        "head",
    ]);
    std::thread::sleep(Duration::from_secs(3));
    pg_ctl(&["-D", &format!("{dir}/pg-standby"), "-w", "promote"]);
    let out = runner.wait_with_output().unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stderr(&out).contains("waiting for"),
        "it never had to wait: {}",
        stderr(&out)
    );
    ok(&["--url", &pg(STANDBY, "pg_failover"), "verify"]);
    // Back to a primary and a standby for the next run.
    script(&["pg-reset"]);
}
