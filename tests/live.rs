//! Upgrading a live system: a schema change never waits long for a lock the
//! application holds (`--ddl-lock-timeout`), so the application's own queries do not
//! queue behind it; it steps back, names the holder, tries again, and gives up at a
//! clean point when `--ddl-lock-budget` is spent (exit 28).
//!
//! Timing *targets* live in `scripts/bench live`; these tests assert the behaviour
//! and the writer's worst wait only loosely, so they cannot flake on a busy machine.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

use ast_schema::db::driver::{self, Connection};
use ast_schema::db::url::DbUrl;
use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{TestDb, DIALECTS};

/// The cdr revision whose upgrade to head alters `cdr` (accountcode widened).
const FROM: &str = "210693f3123d";

fn cdr_head() -> String {
    Tree::named("cdr").unwrap().head().unwrap().id.to_string()
}

fn connect(url: &str) -> Box<dyn Connection> {
    driver::connect(&DbUrl::parse(url).unwrap()).unwrap()
}

/// This connection's id as the server names it (`pg_backend_pid()`, `CONNECTION_ID()`).
fn session_id(c: &mut dyn Connection) -> Option<String> {
    let sql = match c.dialect() {
        Dialect::Postgresql => "SELECT pg_backend_pid()",
        Dialect::Mysql => "SELECT CONNECTION_ID()",
        Dialect::Sqlite => return None,
    };
    c.query(sql).unwrap()[0][0].clone()
}

/// A reporting session: opens a transaction that reads `cdr`, sends its session
/// id, holds the transaction until `release` is received (or `hold` passes), then
/// commits and sends the moment it did.
struct Reader {
    id: Option<String>,
    release: mpsc::Sender<()>,
    committed: mpsc::Receiver<Instant>,
}

fn start_reader(url: &str, hold: Duration) -> Reader {
    start_reader_of(url, "cdr", hold)
}

fn start_reader_of(url: &str, table: &str, hold: Duration) -> Reader {
    let select = format!("SELECT COUNT(*) FROM {table}");
    let url = url.to_string();
    let (id_tx, id_rx) = mpsc::channel();
    let (release, release_rx) = mpsc::channel::<()>();
    let (done_tx, committed) = mpsc::channel();
    thread::spawn(move || {
        let mut c = connect(&url);
        let id = session_id(c.as_mut());
        c.execute("BEGIN").unwrap();
        c.query(&select).unwrap();
        id_tx.send(id).unwrap();
        let _ = release_rx.recv_timeout(hold);
        c.execute("COMMIT").unwrap();
        let _ = done_tx.send(Instant::now());
    });
    let id = id_rx.recv_timeout(Duration::from_secs(20)).unwrap();
    Reader {
        id,
        release,
        committed,
    }
}

/// The application: inserts a CDR row every 20 ms until stopped, and returns each
/// insert's time.
fn start_writer(url: &str, stop: Arc<AtomicBool>) -> thread::JoinHandle<Vec<Duration>> {
    let url = url.to_string();
    thread::spawn(move || {
        let mut c = connect(&url);
        let mut waits = Vec::new();
        let mut n = 0;
        while !stop.load(Ordering::SeqCst) {
            n += 1;
            let t = Instant::now();
            c.execute(&format!(
                "INSERT INTO cdr (accountcode, src, dst, duration) VALUES ('a', '{n}', '200', 1)"
            ))
            .unwrap();
            waits.push(t.elapsed());
            thread::sleep(Duration::from_millis(20));
        }
        waits
    })
}

fn at_from(d: Dialect, tag: &str) -> TestDb {
    let db = TestDb::new(d, tag);
    db.ok(&["--tree", "cdr", "upgrade", FROM]);
    db
}

fn no_started_rows(db: &TestDb) {
    let rows = db.query("SELECT revision FROM ast_schema_history WHERE status = 'started'");
    assert!(
        rows.is_empty(),
        "{}: started rows left: {rows:?}",
        db.dialect
    );
}

/// The scene: a writer inserting every 20 ms, a report holding a read
/// transaction on `cdr` for 4 s, and `--tree cdr upgrade head`. The upgrade waits
/// for the report without holding up the writer, says who it waits for, and
/// finishes by itself once the report commits.
#[test]
fn a_reader_holding_the_table_holds_up_neither_the_writer_nor_the_upgrade_for_long() {
    for d in [Dialect::Postgresql, Dialect::Mysql] {
        let db = at_from(d, "live_reader");
        let stop = Arc::new(AtomicBool::new(false));
        let writer = start_writer(&db.url, stop.clone());
        thread::sleep(Duration::from_millis(200));
        let reader = start_reader(&db.url, Duration::from_secs(4));
        let child = db.spawn(&["--tree", "cdr", "upgrade", "head"]);
        let out = child.wait_with_output().unwrap();
        let finished = Instant::now();
        stop.store(true, Ordering::SeqCst);
        let waits = writer.join().unwrap();
        let committed = reader.committed.recv().unwrap();
        let err = common::stderr(&out);
        assert!(out.status.success(), "{d}: {err}");
        assert!(
            err.contains("--ddl-lock-timeout") && err.contains("trying again"),
            "{d}: no line says the upgrade waits: {err}"
        );
        let id = reader.id.clone().unwrap();
        assert!(
            err.contains(&format!(" {id} (")),
            "{d}: the reader's session {id} is not named: {err}"
        );
        assert!(
            finished > committed,
            "{d}: the upgrade finished before the reader committed"
        );
        assert_eq!(db.versions("cdr"), vec![cdr_head()], "{d}");
        db.verify_ok(&["--tree", "cdr"]);
        no_started_rows(&db);
        let worst = waits.iter().max().copied().unwrap_or_default();
        assert!(
            worst < Duration::from_millis(1500),
            "{d}: the writer waited {worst:?} for one insert while the reader held the table 4 s"
        );
    }
}

/// With the budget spent, the run exits 28 at a clean point (the revision rolled
/// back; on MySQL the step's `started` mark), naming the holder in the message and
/// in `lock_waits` of the JSON document; the same command then finishes.
#[test]
fn a_spent_budget_exits_28_at_a_clean_point_and_the_same_command_finishes() {
    for d in DIALECTS {
        let db = at_from(d, "live_budget");
        let reader = start_reader(&db.url, Duration::from_secs(60));
        let out = db.ast(&[
            "--tree",
            "cdr",
            "--ddl-lock-budget",
            "1",
            "--format",
            "json",
            "upgrade",
            "head",
        ]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(28), "{d}: {err}");
        assert!(
            err.contains("--ddl-lock-budget (1 s) is spent")
                && err.contains("run the same command again"),
            "{d}: {err}"
        );
        assert_eq!(
            err.trim()
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1,
            "{d}: {err}"
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["error"]["exit_code"], 28, "{d}: {doc}");
        let waits = doc["lock_waits"].as_array().expect("lock_waits");
        assert!(!waits.is_empty(), "{d}: {doc}");
        assert_eq!(waits[0]["tree"], "cdr");
        if d != Dialect::Sqlite {
            // SQLite waits at COMMIT, for the file.
            assert_eq!(waits[0]["table"], "cdr", "{d}: {doc}");
        }
        if let Some(id) = &reader.id {
            assert!(err.contains(&format!(" {id} (")), "{d}: {err}");
            assert!(
                waits.iter().any(|w| w["holders"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|h| h["id"] == id.as_str())),
                "{d}: the reader {id} is not in lock_waits: {doc}"
            );
        } else {
            assert!(
                err.contains("the database does not say who holds it"),
                "{d}: {err}"
            );
        }
        // A clean point: still at the revision before (MySQL: with the step's mark).
        assert_eq!(db.versions("cdr"), vec![FROM.to_string()], "{d}");
        if d == Dialect::Mysql {
            let started =
                db.query("SELECT revision FROM ast_schema_history WHERE status = 'started'");
            assert_eq!(started.len(), 1, "{d}: {started:?}");
        } else {
            no_started_rows(&db);
            db.verify_ok(&["--tree", "cdr"]);
        }
        reader.release.send(()).unwrap();
        reader.committed.recv().unwrap();
        db.ok(&["--tree", "cdr", "upgrade", "head"]);
        assert_eq!(db.versions("cdr"), vec![cdr_head()], "{d}");
        db.verify_ok(&["--tree", "cdr"]);
        no_started_rows(&db);
    }
}

/// A bound or budget that is negative, not a number or absurd is a usage error
/// (exit 2) naming the value, from the command line and from the environment.
#[test]
fn bad_lock_bounds_are_usage_errors_naming_the_value() {
    let dir = common::TempDir::new("live_bad");
    for (opt, var, bad) in [
        (
            "--ddl-lock-timeout",
            "AST_SCHEMA_DDL_LOCK_TIMEOUT",
            &["-1", "abc", "0", "1e9", "nan", "inf"][..],
        ),
        (
            "--ddl-lock-budget",
            "AST_SCHEMA_DDL_LOCK_BUDGET",
            &["-1", "abc", "1e12", "nan"][..],
        ),
    ] {
        for v in bad {
            let url = "sqlite:///live.db";
            let out = common::ast_env(&dir.0, &[], &["--url", url, opt, v, "current"]);
            let err = common::stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{opt} {v}: {err}");
            assert!(
                err.contains(&format!("{v:?}")) && err.contains(opt),
                "{opt} {v}: {err}"
            );
            let out = common::ast_env(&dir.0, &[(var, v)], &["--url", url, "current"]);
            let err = common::stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{var}={v}: {err}");
            assert!(err.contains(&format!("{v:?}")), "{var}={v}: {err}");
        }
    }
    // Good values are taken.
    let out = common::ast_env(
        &dir.0,
        &[("AST_SCHEMA_DDL_LOCK_BUDGET", "0")],
        &[
            "--url",
            "sqlite:///live.db",
            "--ddl-lock-timeout",
            "250.5",
            "heads",
        ],
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
}

/// A revision whose second statement waits (on MySQL the first has run and
/// committed): with the budget spent, MySQL stops at its progress mark after
/// statement 1 and PostgreSQL rolls the revision back; the same command then
/// continues from there and finishes.
#[test]
fn a_spent_budget_mid_revision_stops_at_the_mark_and_the_same_command_continues() {
    // 31cd4f4891ec -> 461d7d691209 alters ps_aors, then ps_contacts.
    let (from, to) = ("31cd4f4891ec", "461d7d691209");
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let db = TestDb::new(d, "live_mark");
        db.ok(&["upgrade", from]);
        let reader = start_reader_of(&db.url, "ps_contacts", Duration::from_secs(60));
        let out = db.ast(&["--ddl-lock-budget", "0.5", "upgrade", to]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(28), "{d}: {err}");
        assert!(err.contains("a lock on table ps_contacts"), "{d}: {err}");
        assert_eq!(db.versions("config"), vec![from.to_string()], "{d}");
        if d == Dialect::Mysql {
            assert!(
                err.contains("statements 1-1 of this revision had run"),
                "{d}: {err}"
            );
            let rows = db.query(
                "SELECT revision, progress FROM ast_schema_history WHERE status = 'started'",
            );
            assert_eq!(
                rows,
                vec![vec![Some(to.to_string()), Some("1".to_string())]],
                "{d}"
            );
        } else {
            assert!(err.contains("the revision was rolled back"), "{d}: {err}");
            no_started_rows(&db);
            db.verify_ok(&["--tree", "config"]);
        }
        reader.release.send(()).unwrap();
        reader.committed.recv().unwrap();
        db.ok(&["upgrade", to]);
        assert_eq!(db.versions("config"), vec![to.to_string()], "{d}");
        db.verify_ok(&["--tree", "config"]);
        no_started_rows(&db);
    }
}

/// Within one run, a retry on MySQL goes on from the statement that waited (the
/// first statement of the revision is not run twice) and the run finishes once
/// the reader commits.
#[test]
fn a_retry_goes_on_from_the_statement_that_waited() {
    let (from, to) = ("31cd4f4891ec", "461d7d691209");
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let db = TestDb::new(d, "live_retry");
        db.ok(&["upgrade", from]);
        let reader = start_reader_of(&db.url, "ps_contacts", Duration::from_secs(2));
        let out = db.ast(&["-v", "upgrade", to]);
        let err = common::stderr(&out);
        assert!(out.status.success(), "{d}: {err}");
        assert!(err.contains("statement 2 of 2 waited"), "{d}: {err}");
        let stdout = common::stdout(&out);
        let first = stdout.matches("ALTER TABLE ps_aors").count();
        if d == Dialect::Mysql {
            assert_eq!(first, 1, "{d}: statement 1 ran again: {stdout}");
        } else {
            // Rolled back each time, so run again each time.
            assert!(first >= 2, "{d}: {stdout}");
        }
        reader.committed.recv().unwrap();
        assert_eq!(db.versions("config"), vec![to.to_string()], "{d}");
        db.verify_ok(&["--tree", "config"]);
        no_started_rows(&db);
    }
}

/// A user the server does not tell who holds a lock (MariaDB without the PROCESS
/// privilege cannot read INNODB_TRX) still gets the bounded waits and the retries,
/// and is told that the blocker cannot be named.
#[test]
fn a_server_that_does_not_name_the_blocker_still_bounds_and_retries() {
    let db = at_from(Dialect::Mysql, "live_noproc");
    let name = db.url.rsplit('/').next().unwrap().to_string();
    let user = format!("ast_lw_{}", std::process::id());
    for host in ["%", "localhost", "127.0.0.1"] {
        db.exec(&format!("CREATE USER '{user}'@'{host}'"));
        db.exec(&format!("GRANT ALL ON `{name}`.* TO '{user}'@'{host}'"));
    }
    let server = common::mysql_server();
    let url = format!(
        "mysql://{user}@{}/{name}",
        server.rsplit('@').next().unwrap()
    );
    let reader = start_reader(&db.url, Duration::from_secs(60));
    let out = common::ast(&[
        "--url",
        &url,
        "--tree",
        "cdr",
        "--ddl-lock-budget",
        "1",
        "upgrade",
        "head",
    ]);
    let err = common::stderr(&out);
    reader.release.send(()).unwrap();
    reader.committed.recv().unwrap();
    let finish = common::ast(&["--url", &url, "--tree", "cdr", "upgrade", "head"]);
    for host in ["%", "localhost", "127.0.0.1"] {
        db.exec(&format!("DROP USER '{user}'@'{host}'"));
    }
    assert_eq!(out.status.code(), Some(28), "{err}");
    assert!(
        err.contains("the database does not say who holds it"),
        "{err}"
    );
    assert!(err.contains("trying again"), "{err}");
    assert!(finish.status.success(), "{}", common::stderr(&finish));
    assert_eq!(db.versions("cdr"), vec![cdr_head()]);
    db.verify_ok(&["--tree", "cdr"]);
}
