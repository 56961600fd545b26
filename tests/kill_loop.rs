//! Crash safety, the way an operator's worst day tests it: a runner killed with
//! SIGKILL at a random moment of `upgrade head` (the fresh-database fast path and
//! `--replay`), `downgrade base` and `reconcile`, and the same command run again.
//! Every time, the rerun must finish the job, `verify` must pass, the schema must
//! equal a database that went the same way without a kill, and no step may be
//! left recorded as under way.
//!
//! Kill points are drawn uniformly over the time a clean run of the same command
//! takes on this machine (measured first), so they land before, inside and
//! between revisions. `AST_SCHEMA_KILL_POINTS` sets how many per database and
//! command (default 20); the seed is printed so a failure can be replayed with
//! `AST_SCHEMA_KILL_SEED`.

mod common;

use std::time::Instant;

use ast_schema::definitions::dialect::Dialect;
use common::{stderr, stdout, TestDb};

fn points() -> usize {
    std::env::var("AST_SCHEMA_KILL_POINTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

/// One command under test: how a database is prepared for it, and the command.
struct Case {
    name: &'static str,
    prepare: &'static [&'static [&'static str]],
    command: &'static [&'static str],
}

const CASES: [Case; 4] = [
    Case {
        name: "upgrade head (fast path)",
        prepare: &[],
        command: &["upgrade", "head"],
    },
    Case {
        name: "upgrade head --replay",
        prepare: &[],
        command: &["upgrade", "head", "--replay"],
    },
    Case {
        name: "downgrade base",
        prepare: &[&["upgrade", "head"]],
        command: &["--allow-data-loss", "downgrade", "base"],
    },
    Case {
        name: "reconcile",
        prepare: &[&["--asterisk", "13.38.3", "upgrade", "head"]],
        command: &["reconcile"],
    },
];

fn prepared(d: Dialect, case: &Case, tag: &str) -> TestDb {
    let db = TestDb::new(d, tag);
    for args in case.prepare {
        db.ok(args);
    }
    db
}

/// Rows of `ast_schema_history` still marked as under way.
fn started_rows(db: &TestDb) -> usize {
    if !db.tables().contains(&"ast_schema_history".to_string()) {
        return 0;
    }
    db.query("SELECT id FROM ast_schema_history WHERE status = 'started'")
        .len()
}

fn kill_loop(d: Dialect) {
    let mut rng = common::Rng::new(&format!("kill loop on {d}"));
    let n = points();
    for case in &CASES {
        // The reference: the same command, not killed; and how long it takes.
        let reference = prepared(d, case, "kill_ref");
        let started = Instant::now();
        reference.ok(case.command);
        let took = started.elapsed();
        let want = reference.dump();
        let want_versions = reference.versions("config");
        let mut resumed = 0;
        let mut running = 0;
        for i in 0..n {
            let db = prepared(d, case, "kill");
            let at = took.mul_f64(rng.fraction());
            let mut child = db.spawn(case.command);
            std::thread::sleep(at);
            let finished_first = child.try_wait().ok().flatten().is_some();
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            let out = db.ast(case.command);
            let what = format!(
                "{d}, {}, kill {} of {n} after {} ms",
                case.name,
                i + 1,
                at.as_millis()
            );
            assert!(
                out.status.success(),
                "{what}: the rerun failed: {}{}",
                stdout(&out),
                stderr(&out)
            );
            if stdout(&out).contains("interrupted after statement") {
                resumed += 1;
            }
            let verify = db.ast(&["verify"]);
            assert!(
                verify.status.success(),
                "{what}: verify after the rerun: {}{}",
                stdout(&verify),
                stderr(&verify)
            );
            assert_eq!(
                db.dump(),
                want,
                "{what}: the schema differs from a run never killed"
            );
            assert_eq!(db.versions("config"), want_versions, "{what}");
            assert_eq!(
                started_rows(&db),
                0,
                "{what}: a step is still recorded as under way"
            );
            if !finished_first {
                running += 1;
            }
        }
        eprintln!(
            "{d}, {}: {n}/{n} kills finished by rerunning the same command ({running} killed while running, \
             {resumed} of them inside a step the rerun resumed; a clean run takes {} ms)",
            case.name,
            took.as_millis()
        );
        assert!(
            running * 2 >= n,
            "{d}, {}: only {running} of {n} kills caught the command running",
            case.name
        );
    }
}

#[test]
fn every_kill_is_finished_by_rerunning_the_same_command_on_mariadb() {
    kill_loop(Dialect::Mysql);
}

#[test]
fn every_kill_is_finished_by_rerunning_the_same_command_on_postgresql() {
    kill_loop(Dialect::Postgresql);
}

#[test]
fn every_kill_is_finished_by_rerunning_the_same_command_on_sqlite() {
    kill_loop(Dialect::Sqlite);
}
