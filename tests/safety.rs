//! Safe under concurrency, faults and bad input: many runners at once, a failing
//! statement, a runner killed mid-revision, a database changed by hand, and every
//! kind of bad input, on every database.

mod common;

use std::process::Child;
use std::time::{Duration, Instant};

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, TestDb, DIALECTS};

fn config() -> Tree {
    Tree::named("config").unwrap()
}

#[test]
fn eight_runners_at_once_apply_the_schema_exactly_once() {
    let t = config();
    for d in DIALECTS {
        let reference = TestDb::new(d, "conc_ref");
        reference.ok(&["upgrade", "head"]);
        let db = TestDb::new(d, "conc");
        let children: Vec<Child> = (0..8).map(|_| db.spawn(&["upgrade", "head"])).collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{d}: a runner failed: {}",
                stderr(&out)
            );
        }
        assert_eq!(
            db.versions("config"),
            vec![t.head().unwrap().id.to_string()],
            "{d}"
        );
        assert_eq!(db.dump(), reference.dump(), "{d}");
        let applied =
            db.query("SELECT count(*) FROM ast_schema_history WHERE direction = 'upgrade'");
        assert_eq!(
            applied[0][0].as_deref(),
            Some(t.len().to_string().as_str()),
            "{d}: each revision once"
        );
    }
}

#[test]
fn a_second_runner_gives_up_after_the_lock_timeout() {
    for d in DIALECTS {
        let db = TestDb::new(d, "locktimeout");
        db.ok(&["upgrade", config().at(1).id]);
        // Hold the lock from this process, as a running ast-schema would.
        let mut holder = db.conn();
        assert!(holder.try_lock("config").unwrap(), "{d}");
        let started = Instant::now();
        let out = db.ast(&["--lock-timeout", "1", "upgrade", "head"]);
        assert_eq!(out.status.code(), Some(15), "{d}: {}", stderr(&out));
        assert!(started.elapsed() < Duration::from_secs(10));
        assert!(stderr(&out).contains("lock"), "{}", stderr(&out));
        assert_eq!(db.versions("config"), vec![config().at(1).id.to_string()]);
        holder.unlock("config").unwrap();
        db.ok(&["upgrade", "head"]);
    }
}

/// 43956d550a44 creates ps_endpoints, ps_auths, ps_aors and then ps_contacts; a
/// ps_contacts made beforehand makes that fourth CREATE fail.
#[test]
fn a_failing_statement_rolls_the_revision_back_or_says_what_ran() {
    let t = config();
    let (first, second) = (t.at(1).id, t.at(2).id);
    for d in DIALECTS {
        let db = TestDb::new(d, "inject");
        db.ok(&["upgrade", first]);
        db.exec("CREATE TABLE ps_contacts (x INTEGER)");
        let out = db.ast(&["upgrade", "head"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(13), "{d}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!("upgrade {first} -> {second} failed at statement")),
            "{d}: {err}"
        );
        assert!(err.contains("CREATE TABLE ps_contacts"), "{d}: {err}");
        assert_eq!(
            db.versions("config"),
            vec![first.to_string()],
            "{d}: the version moved"
        );
        let tables = db.tables();
        if d.transactional_ddl() {
            assert!(err.contains("rolled back"), "{err}");
            assert!(
                !tables.contains(&"ps_endpoints".to_string()),
                "{d}: the revision was not rolled back"
            );
        } else {
            assert!(
                err.contains("statements 1-6 of this revision had run"),
                "{err}"
            );
            assert!(err.contains("continues from statement 7"), "{err}");
            assert!(tables.contains(&"ps_endpoints".to_string()), "{d}");
            // Once the cause is gone, the same command finishes the revision from
            // where it stopped and goes on.
            db.exec("DROP TABLE ps_contacts");
            let out = db.ok(&["upgrade", "head"]);
            assert!(
                out.contains(&format!(
                    "found the upgrade {first} -> {second} interrupted after statement 6 of"
                )),
                "{out}"
            );
            db.ok(&["verify"]);
        }
    }
}

/// A revision that failed half way on MySQL is undone by a command that goes the
/// other way, and the database is then exactly as before it.
#[test]
fn a_half_applied_revision_is_undone_by_a_command_going_back() {
    let t = config();
    let first = t.at(1).id;
    let db = TestDb::new(Dialect::Mysql, "undo");
    db.ok(&["upgrade", first]);
    let before = db.dump();
    db.exec("CREATE TABLE ps_contacts (x INTEGER)");
    assert_eq!(db.ast(&["upgrade", "head"]).status.code(), Some(13));
    db.exec("DROP TABLE ps_contacts");
    let out = db.ok(&["upgrade", first]);
    assert!(out.contains("undid those statements"), "{out}");
    assert_eq!(db.dump(), before);
    assert_eq!(db.versions("config"), vec![first.to_string()]);
    db.ok(&["verify"]);
    // Nothing is left pending: a further run has nothing to do.
    assert!(db.ok(&["upgrade", first]).contains("nothing to do"));
}

/// Blocks the runner on the version-table update that ends a revision, so it can be
/// killed inside the revision: a row lock from another session (PostgreSQL,
/// MariaDB), a reader that keeps SQLite from committing.
fn blocker(db: &TestDb) -> Box<dyn ast_schema::db::driver::Connection> {
    let mut c = db.conn();
    match db.dialect {
        Dialect::Postgresql => c
            .execute("BEGIN; SELECT * FROM alembic_version_config FOR UPDATE")
            .unwrap(),
        Dialect::Mysql => {
            c.execute("START TRANSACTION").unwrap();
            c.query("SELECT * FROM alembic_version_config FOR UPDATE")
                .unwrap();
        }
        Dialect::Sqlite => {
            c.execute("BEGIN").unwrap();
            c.query("SELECT count(*) FROM sqlite_master").unwrap();
        }
    }
    c
}

fn wait_until_blocked(db: &TestDb) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let blocked = match db.dialect {
            Dialect::Postgresql => !db
                .query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'ast-schema' AND wait_event_type = 'Lock'")
                .is_empty(),
            Dialect::Mysql => !db
                .query("SELECT 1 FROM information_schema.processlist WHERE info LIKE 'UPDATE alembic_version_config%'")
                .is_empty(),
            // SQLite's writer spins in its busy handler; give it time to get there.
            Dialect::Sqlite => {
                std::thread::sleep(Duration::from_millis(1500));
                true
            }
        };
        if blocked {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{}: the runner never blocked",
            db.dialect
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_runner_killed_inside_a_revision_leaves_a_database_the_next_run_handles() {
    let t = config();
    let (at, next) = (t.at(2).id, t.at(3).id);
    for d in DIALECTS {
        let reference = TestDb::new(d, "kill_ref");
        reference.ok(&["upgrade", "head"]);
        let db = TestDb::new(d, "kill");
        db.ok(&["upgrade", at]);
        let mut hold = blocker(&db);
        let mut child = db.spawn(&["upgrade", "head"]);
        wait_until_blocked(&db);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        hold.execute(if d == Dialect::Mysql {
            "COMMIT"
        } else {
            "ROLLBACK"
        })
        .unwrap();
        drop(hold);
        assert_eq!(db.versions("config"), vec![at.to_string()], "{d}");
        if d.transactional_ddl() {
            // Rolled back by the database: the next run simply completes.
            assert!(
                !db.tables().contains(&"extensions".to_string()),
                "{d}: half a revision survived"
            );
            db.ok(&["upgrade", "head"]);
        } else {
            // MySQL committed the revision's DDL; the next run finds the step it
            // recorded, checks the schema against it, and finishes it.
            let out = db.ok(&["upgrade", "head"]);
            assert!(
                out.contains(&format!(
                    "found the upgrade {at} -> {next} interrupted after statement"
                )),
                "{out}"
            );
        }
        assert_eq!(db.dump(), reference.dump(), "{d}");
    }
}

#[test]
fn verify_finds_a_column_changed_by_hand() {
    for d in DIALECTS {
        let db = TestDb::new(d, "verify");
        db.ok(&["upgrade", "head"]);
        db.ok(&["verify"]);
        match d {
            Dialect::Mysql => db.exec("ALTER TABLE ps_aors MODIFY max_contacts VARCHAR(10)"),
            Dialect::Postgresql => {
                db.exec("ALTER TABLE ps_aors ALTER COLUMN max_contacts TYPE VARCHAR(10)")
            }
            Dialect::Sqlite => {
                db.exec("ALTER TABLE ps_aors DROP COLUMN max_contacts");
                db.exec("ALTER TABLE ps_aors ADD COLUMN max_contacts VARCHAR(10)");
            }
        }
        let out = db.ast(&["verify"]);
        assert_eq!(out.status.code(), Some(16), "{d}: {}", stderr(&out));
        let report = common::stdout(&out);
        assert!(report.contains("ps_aors.max_contacts"), "{d}: {report}");
        assert_eq!(
            report.lines().count(),
            1,
            "{d}: exactly one difference: {report}"
        );
    }
}

#[test]
fn verify_reports_revisions_applied_from_another_file() {
    let db = TestDb::new(Dialect::Sqlite, "checksum");
    db.ok(&["upgrade", "head"]);
    let rev = config().at(2).id;
    db.exec(&format!(
        "UPDATE ast_schema_history SET checksum = '{}' WHERE revision = '{rev}'",
        "0".repeat(64)
    ));
    let out = db.ast(&["verify"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains(&format!(
            "revision {rev} was applied from a file with SHA-256 000000000000"
        )),
        "{}",
        stderr(&out)
    );
}

/// A bad input: what to set up, the arguments, the exit code and a piece of the message.
struct Case {
    name: &'static str,
    dialects: &'static [Dialect],
    setup: fn(&TestDb) -> Vec<String>,
    code: i32,
    message: &'static str,
}

const ALL: &[Dialect] = &[Dialect::Sqlite, Dialect::Mysql, Dialect::Postgresql];
const SERVERS: &[Dialect] = &[Dialect::Mysql, Dialect::Postgresql];
const SECRET: &str = "Sup3rSecretPw";

fn with_url(url: String, rest: &[&str]) -> Vec<String> {
    let mut v = vec!["--url".to_string(), url];
    v.extend(rest.iter().map(|s| s.to_string()));
    v
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "malformed URL",
            dialects: ALL,
            setup: |_| {
                with_url(
                    format!("mysql://root:{SECRET}@127.0.0.1:notaport/x"),
                    &["upgrade", "head"],
                )
            },
            code: 3,
            message: "port \"notaport\"",
        },
        Case {
            name: "unknown URL parameter",
            dialects: ALL,
            setup: |db| {
                let url = match db.dialect {
                    Dialect::Sqlite => format!("{}?mode=ro", db.url),
                    _ => format!(
                        "{}?sslmode=require&bogus=1",
                        db.server_url("root", Some(SECRET), &db.database())
                    ),
                };
                with_url(url, &["upgrade", "head"])
            },
            code: 3,
            message: "unknown URL parameter",
        },
        Case {
            name: "in-memory SQLite",
            dialects: &[Dialect::Sqlite],
            setup: |_| with_url("sqlite://".into(), &["upgrade", "head"]),
            code: 3,
            message: "in-memory",
        },
        Case {
            name: "NUL in the database name",
            dialects: ALL,
            setup: |db| {
                let url = match db.dialect {
                    Dialect::Sqlite => format!("{}%00.db", db.url),
                    _ => db.server_url("root", Some(SECRET), "ast%00x"),
                };
                with_url(url, &["upgrade", "head"])
            },
            code: 3,
            message: "NUL byte (%00)",
        },
        Case {
            name: "unknown scheme",
            dialects: ALL,
            setup: |_| {
                with_url(
                    format!("oracle://scott:{SECRET}@127.0.0.1/orcl"),
                    &["upgrade", "head"],
                )
            },
            code: 3,
            message: "unknown database scheme \"oracle\"",
        },
        Case {
            name: "wrong password",
            dialects: &[Dialect::Mysql],
            setup: |db| {
                with_url(
                    db.server_url("root", Some(SECRET), &db.database()),
                    &["upgrade", "head"],
                )
            },
            code: 6,
            message: "Access denied",
        },
        Case {
            name: "unknown user",
            dialects: &[Dialect::Postgresql],
            setup: |db| {
                with_url(
                    db.server_url("no_such_role", Some(SECRET), &db.database()),
                    &["upgrade", "head"],
                )
            },
            code: 6,
            message: "no_such_role",
        },
        Case {
            name: "unreachable host",
            dialects: SERVERS,
            setup: |db| {
                let scheme = if db.dialect == Dialect::Mysql {
                    "mysql"
                } else {
                    "postgresql"
                };
                with_url(
                    format!("{scheme}://root:{SECRET}@127.0.0.1:1/x"),
                    &["upgrade", "head"],
                )
            },
            code: 5,
            message: "cannot connect to",
        },
        Case {
            name: "missing database",
            dialects: SERVERS,
            setup: |db| {
                with_url(
                    db.server_url(
                        if db.dialect == Dialect::Mysql {
                            "root"
                        } else {
                            "postgres"
                        },
                        None,
                        "ast_no_such_db",
                    ),
                    &["upgrade", "head"],
                )
            },
            code: 7,
            message: "ast_no_such_db",
        },
        Case {
            name: "invalid database name",
            dialects: SERVERS,
            setup: |db| {
                let user = if db.dialect == Dialect::Mysql {
                    "root"
                } else {
                    "postgres"
                };
                with_url(
                    db.server_url(user, None, &"a".repeat(70)),
                    &["upgrade", "head"],
                )
            },
            code: 7,
            message: "aaaaaaaaaa",
        },
        Case {
            name: "read-only user",
            dialects: SERVERS,
            setup: |db| {
                let name = db.database();
                match db.dialect {
                    Dialect::Mysql => {
                        db.exec("CREATE USER IF NOT EXISTS 'ast_ro'@'127.0.0.1' IDENTIFIED BY 'ro_Sup3rSecretPw'");
                        db.exec(&format!(
                            "GRANT SELECT ON `{name}`.* TO 'ast_ro'@'127.0.0.1'"
                        ));
                    }
                    _ => {
                        let _ = db
                            .conn()
                            .execute("CREATE ROLE ast_ro LOGIN PASSWORD 'ro_Sup3rSecretPw'");
                        db.exec("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                    }
                }
                with_url(
                    db.server_url("ast_ro", Some("ro_Sup3rSecretPw"), &name),
                    &["upgrade", "head"],
                )
            },
            code: 14,
            message: "denied",
        },
        Case {
            name: "ini without sqlalchemy.url",
            dialects: &[Dialect::Sqlite],
            setup: |_| {
                let path = std::env::temp_dir()
                    .join(format!("ast-schema-nourl-{}.ini", std::process::id()));
                std::fs::write(&path, "[alembic]\nscript_location = config\n").unwrap();
                vec![
                    "-c".into(),
                    path.display().to_string(),
                    "upgrade".into(),
                    "head".into(),
                ]
            },
            code: 4,
            message: "has no sqlalchemy.url",
        },
        Case {
            name: "unknown revision",
            dialects: ALL,
            setup: |db| with_url(db.url.clone(), &["upgrade", "abcdef999999"]),
            code: 8,
            message: "no revision \"abcdef999999\"",
        },
        Case {
            name: "ambiguous revision",
            dialects: ALL,
            setup: |db| {
                let ids: Vec<&str> = config().revisions.iter().map(|r| r.id).collect();
                let prefix = ids
                    .iter()
                    .map(|i| &i[..1])
                    .find(|p| ids.iter().filter(|i| i.starts_with(p)).count() > 1)
                    .unwrap();
                with_url(db.url.clone(), &["upgrade", prefix])
            },
            code: 8,
            message: "is ambiguous",
        },
        Case {
            name: "downgrade past base",
            dialects: ALL,
            setup: |db| with_url(db.url.clone(), &["downgrade", "-1"]),
            code: 9,
            message: "below base",
        },
        Case {
            name: "+N past head",
            dialects: ALL,
            setup: |db| with_url(db.url.clone(), &["upgrade", "+9999"]),
            code: 9,
            message: "past head",
        },
        Case {
            name: "two rows in the version table",
            dialects: ALL,
            setup: |db| {
                db.exec("CREATE TABLE alembic_version_config (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
                db.exec(&format!(
                    "INSERT INTO alembic_version_config VALUES ('{}'), ('{}')",
                    config().at(1).id,
                    config().at(2).id
                ));
                with_url(db.url.clone(), &["upgrade", "head"])
            },
            code: 10,
            message: "has 2 rows",
        },
        Case {
            name: "garbage in the version table",
            dialects: ALL,
            setup: |db| {
                db.exec("CREATE TABLE alembic_version_config (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
                db.exec("INSERT INTO alembic_version_config VALUES ('not a revision!')");
                with_url(db.url.clone(), &["upgrade", "head"])
            },
            code: 10,
            message: "not a revision id",
        },
        Case {
            name: "revision from a newer Asterisk",
            dialects: ALL,
            setup: |db| {
                db.exec("CREATE TABLE alembic_version_config (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
                db.exec("INSERT INTO alembic_version_config VALUES ('fedcba987654')");
                with_url(db.url.clone(), &["upgrade", "head"])
            },
            code: 11,
            message: "newer ast-schema",
        },
        Case {
            name: "tables but no version table",
            dialects: ALL,
            setup: |db| {
                db.exec("CREATE TABLE ps_endpoints (id VARCHAR(40))");
                with_url(db.url.clone(), &["upgrade", "head"])
            },
            code: 12,
            message: "stamp",
        },
    ]
}

#[test]
fn bad_input_gets_one_line_a_distinct_code_and_changes_nothing() {
    let mut codes = std::collections::HashMap::new();
    for case in cases() {
        for &d in case.dialects {
            let db = TestDb::new(d, "bad");
            let args = (case.setup)(&db);
            let before = (db.tables(), db.dump());
            let argv: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = common::ast(&argv);
            let err = stderr(&out);
            let what = format!("{} on {d}", case.name);
            assert_eq!(out.status.code(), Some(case.code), "{what}: {err}");
            assert_eq!(err.lines().count(), 1, "{what}: not one line: {err}");
            assert!(err.starts_with("error: "), "{what}: {err}");
            assert!(err.contains(case.message), "{what}: {err}");
            let shown = format!("{err}{}", common::stdout(&out));
            assert!(
                !shown.contains(SECRET),
                "{what}: the password leaked: {shown}"
            );
            assert_eq!(
                (db.tables(), db.dump()),
                before,
                "{what}: the database changed"
            );
            codes
                .entry(case.code)
                .or_insert_with(Vec::new)
                .push(case.name);
        }
    }
    // Different failures are told apart by their codes.
    for (code, names) in codes {
        let mut kinds: Vec<&str> = names.clone();
        kinds.dedup();
        let related = kinds.iter().all(|k| {
            [
                "malformed URL",
                "unknown scheme",
                "unknown URL parameter",
                "in-memory SQLite",
                "NUL in the database name",
            ]
            .contains(k)
        }) || kinds
            .iter()
            .all(|k| ["missing database", "invalid database name"].contains(k))
            || kinds
                .iter()
                .all(|k| ["wrong password", "unknown user"].contains(k))
            || kinds
                .iter()
                .all(|k| ["unknown revision", "ambiguous revision"].contains(k))
            || kinds
                .iter()
                .all(|k| ["downgrade past base", "+N past head"].contains(k))
            || kinds.iter().all(|k| {
                [
                    "two rows in the version table",
                    "garbage in the version table",
                ]
                .contains(k)
            })
            || kinds.len() == 1;
        assert!(
            related,
            "exit code {code} is shared by unrelated failures: {kinds:?}"
        );
    }
}

/// Two runners reaching one SQLite file by different paths (a symlink) meet at the
/// same lock: the lock follows the file, not the path typed.
#[test]
fn sqlite_runners_meet_at_one_lock_whatever_path_they_use() {
    let dir = common::TempDir::new("symlink");
    let real = dir.0.join("real.db");
    let link = dir.0.join("link.db");
    let real_url = format!("sqlite:///{}", real.display());
    let link_url = format!("sqlite:///{}", link.display());
    assert!(
        common::ast(&["--url", &real_url, "upgrade", config().at(1).id])
            .status
            .success()
    );
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut holder =
        ast_schema::db::driver::connect(&ast_schema::db::url::DbUrl::parse(&real_url).unwrap())
            .unwrap();
    assert!(holder.try_lock("config").unwrap());
    let out = common::ast(&["--url", &link_url, "--lock-timeout", "1", "upgrade", "head"]);
    assert_eq!(out.status.code(), Some(15), "{}", stderr(&out));
    holder.unlock("config").unwrap();
    assert!(common::ast(&["--url", &link_url, "upgrade", "head"])
        .status
        .success());
}

/// A version-row write that changes no row (another process moved the version)
/// rolls the whole unit back with an error instead of recording a lie.
#[test]
fn a_version_write_that_changes_no_row_rolls_back() {
    use ast_schema::db::unit::{run_unit, Booked, Stage};
    for d in DIALECTS {
        let db = TestDb::new(d, "onerow");
        db.ok(&["upgrade", config().at(1).id]);
        let mut conn = db.conn();
        let changes = vec!["CREATE TABLE shadow_marker (x INTEGER)".to_string()];
        let wrong = format!(
            "UPDATE alembic_version_config SET version_num = '{}' WHERE alembic_version_config.version_num = 'not-there'",
            config().at(2).id
        );
        let err = run_unit(
            conn.as_mut(),
            &changes,
            &mut || vec![Booked::one(wrong.clone())],
            None,
            &mut |_| {},
        )
        .unwrap_err();
        assert_eq!(err.stage, Stage::Bookkeeping, "{d}");
        assert!(
            err.error.message.contains("changed 0 rows"),
            "{d}: {}",
            err.error
        );
        assert_eq!(
            db.versions("config"),
            vec![config().at(1).id.to_string()],
            "{d}"
        );
        if d.transactional_ddl() {
            assert!(!db.tables().contains(&"shadow_marker".to_string()), "{d}");
        }
    }
}

/// A SQLite writer stalled inside a transaction holds the file: a runner waits for
/// it as long as `--lock-timeout` says, then gives up with the lock code (not a
/// fixed 5 s and "unreachable").
#[test]
fn sqlite_busy_waits_follow_the_lock_timeout() {
    let db = TestDb::new(Dialect::Sqlite, "busy");
    db.ok(&["upgrade", config().at(1).id]);
    let mut holder = db.conn();
    holder.execute("BEGIN EXCLUSIVE").unwrap();
    let started = Instant::now();
    let out = db.ast(&["--lock-timeout", "1", "upgrade", "head"]);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(15), "{}", stderr(&out));
    assert!(took < Duration::from_secs(4), "waited {took:?}");
    let started = Instant::now();
    let out = db.ast(&["--lock-timeout", "6", "upgrade", "head"]);
    assert_eq!(out.status.code(), Some(15), "{}", stderr(&out));
    assert!(started.elapsed() >= Duration::from_secs(6), "gave up early");
    holder.execute("ROLLBACK").unwrap();
    db.ok(&["upgrade", "head"]);
}
