//! A fleet run killed with SIGKILL at a random moment, and the same command run
//! again: every database ends at its target with `verify` passing and no step left
//! recorded as under way. 20 databases, `upgrade head` (the fast path) with
//! `--jobs 4`; before each kill 8 of them (in turn) are emptied and the rest are at
//! head already, as in a fleet half done, which keeps a run short; the kill lands
//! anywhere in the time a clean run of that fleet takes.
//! `AST_SCHEMA_FLEET_KILLS` sets how many kills (default 10); the seed is printed,
//! `AST_SCHEMA_KILL_SEED` replays it.
//!
//! After each rerun the databases the kill caught half-way are verified at once;
//! all twenty are verified, and compared with a database never killed, at the end.

mod common;

use std::time::Instant;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TempDir, TestDb};

const DATABASES: usize = 20;
/// How many databases each kill's run builds from empty.
const FRESH: usize = 8;

fn kills() -> usize {
    std::env::var("AST_SCHEMA_FLEET_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
}

/// Back to an empty database.
fn reset(db: &TestDb) {
    let mut c = db.conn();
    match db.dialect {
        Dialect::Mysql => {
            let n = db.database();
            c.execute(&format!("DROP DATABASE `{n}`")).unwrap();
            c.execute(&format!("CREATE DATABASE `{n}`")).unwrap();
        }
        _ => c
            .execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            .unwrap(),
    }
}

fn version(db: &TestDb) -> Option<String> {
    if !db.tables().contains(&"alembic_version_config".to_string()) {
        return None;
    }
    db.versions("config").into_iter().next()
}

fn started_rows(db: &TestDb) -> usize {
    if !db.tables().contains(&"ast_schema_history".to_string()) {
        return 0;
    }
    db.query("SELECT id FROM ast_schema_history WHERE status = 'started'")
        .len()
}

fn run(list: &std::path::Path, args: &[&str]) -> std::process::Output {
    let path = list.display().to_string();
    let mut all = vec!["--url-file", path.as_str(), "-q", "--jobs", "4"];
    all.extend_from_slice(args);
    common::ast(&all)
}

fn spawn(list: &std::path::Path, args: &[&str]) -> std::process::Child {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_") {
            cmd.env_remove(k);
        }
    }
    cmd.arg("--url-file")
        .arg(list)
        .args(["-q", "--jobs", "4"])
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start ast-schema")
}

fn write_list(path: &std::path::Path, dbs: &[&TestDb]) {
    let text: String = dbs
        .iter()
        .enumerate()
        .map(|(i, d)| format!("t{i:02} {}\n", d.url))
        .collect();
    std::fs::write(path, text).unwrap();
}

fn fleet_kill_loop(d: Dialect) {
    let head = Tree::named("config")
        .unwrap()
        .head()
        .unwrap()
        .id
        .to_string();
    let mut rng = common::Rng::new(&format!("fleet kill loop on {d}"));
    let reference = TestDb::new(d, "fleet_kill_ref");
    reference.ok(&["upgrade", "head"]);
    let want = reference.dump();
    let dbs: Vec<TestDb> = (0..DATABASES)
        .map(|_| TestDb::new(d, "fleet_kill"))
        .collect();
    let dir = TempDir::new("fleet-kill");
    let list = dir.0.join("fleet.list");
    write_list(&list, &dbs.iter().collect::<Vec<_>>());
    let command = ["upgrade", "head"];
    let out = run(&list, &command);
    assert!(out.status.success(), "{d}: {}", stderr(&out));
    // A clean run with FRESH databases to build, for how long one takes.
    for db in &dbs[..FRESH] {
        reset(db);
    }
    let started = Instant::now();
    let out = run(&list, &command);
    assert!(out.status.success(), "{d}: {}", stderr(&out));
    let took = started.elapsed();
    let (mut running, mut caught) = (0, 0);
    let n = kills();
    for k in 0..n {
        for j in 0..FRESH {
            reset(&dbs[(k * FRESH + j) % DATABASES]);
        }
        let at = took.mul_f64(rng.fraction());
        let mut child = spawn(&list, &command);
        std::thread::sleep(at);
        let finished_first = child.try_wait().ok().flatten().is_some();
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let what = format!("{d}, kill {} of {n} after {} ms", k + 1, at.as_millis());
        if !finished_first {
            running += 1;
        }
        // The databases caught half-way: some tables, not (yet) at the target.
        let half: Vec<&TestDb> = dbs
            .iter()
            .filter(|db| !db.tables().is_empty() && version(db).as_deref() != Some(&head))
            .collect();
        caught += half.len();
        let out = run(&list, &command);
        assert!(
            out.status.success(),
            "{what}: the rerun failed: {}{}",
            stdout(&out),
            stderr(&out)
        );
        for db in &dbs {
            assert_eq!(version(db).as_deref(), Some(head.as_str()), "{what}");
            assert_eq!(started_rows(db), 0, "{what}: a step is still under way");
        }
        if !half.is_empty() {
            let some = dir.0.join("half.list");
            write_list(&some, &half);
            let out = run(&some, &["verify"]);
            assert!(
                out.status.success(),
                "{what}: verify after the rerun: {}{}",
                stdout(&out),
                stderr(&out)
            );
        }
    }
    let out = run(&list, &["verify"]);
    assert!(
        out.status.success(),
        "{d}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    for db in &dbs {
        assert_eq!(
            db.dump(),
            want,
            "{d}: the schema differs from a run never killed"
        );
    }
    eprintln!(
        "{d}: {n}/{n} fleet kills finished by rerunning the same command ({running} killed while \
         running, {caught} databases caught half-way; a clean run building {FRESH} of {DATABASES} takes {} ms)",
        took.as_millis()
    );
    assert!(
        running * 2 >= n,
        "{d}: only {running} of {n} kills caught the fleet running"
    );
}

#[test]
fn a_killed_fleet_run_is_finished_by_rerunning_it_on_mariadb() {
    fleet_kill_loop(Dialect::Mysql);
}

#[test]
fn a_killed_fleet_run_is_finished_by_rerunning_it_on_postgresql() {
    fleet_kill_loop(Dialect::Postgresql);
}

/// SIGTERM to the fleet: the running databases stop at a clean point, no new one
/// starts, the report says so with exit 143, and the same command finishes the job.
#[test]
fn a_fleet_stopped_by_sigterm_stops_at_clean_points_and_the_rerun_finishes() {
    let head = Tree::named("config")
        .unwrap()
        .head()
        .unwrap()
        .id
        .to_string();
    let dbs: Vec<TestDb> = (0..8)
        .map(|_| TestDb::new(Dialect::Mysql, "fleet_term"))
        .collect();
    let dir = TempDir::new("fleet-term");
    let list = dir.0.join("fleet.list");
    write_list(&list, &dbs.iter().collect::<Vec<_>>());
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"))
        .arg("--url-file")
        .arg(&list)
        .args(["--jobs", "2", "--format", "json", "upgrade"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Until the first database is being built.
    let deadline = Instant::now() + std::time::Duration::from_secs(30);
    while dbs.iter().all(|db| db.tables().is_empty()) {
        assert!(Instant::now() < deadline, "the fleet never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let term = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("stopped by SIGTERM"),
        "{}",
        stderr(&out)
    );
    let last: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().last().unwrap()).unwrap();
    assert_eq!(last["summary"]["exit_code"], 143, "{last}");
    assert!(last["summary"]["not_run"].as_u64().unwrap() > 0, "{last}");
    let out = run(&list, &["upgrade"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for db in &dbs {
        assert_eq!(version(db).as_deref(), Some(head.as_str()));
        assert_eq!(started_rows(db), 0);
    }
}
