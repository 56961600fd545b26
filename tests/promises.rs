//! Promises a run keeps whatever happens around it: a closed stdout, a signal,
//! runners of other trees at the same moment, a rerun after a kill.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command};

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{TestDb, DIALECTS};

fn head(tree: &str) -> String {
    Tree::named(tree).unwrap().head().unwrap().id.to_string()
}

/// The revision `n` below head of the config tree.
fn below_head(n: usize) -> String {
    let t = Tree::named("config").unwrap();
    t.at(t.len() - n).id.to_string()
}

/// No step is left marked as under way.
fn no_started_rows(db: &TestDb) {
    let rows = db.query("SELECT revision FROM ast_schema_history WHERE status = 'started'");
    assert!(
        rows.is_empty(),
        "{}: started rows left: {rows:?}",
        db.dialect
    );
}

/// A run whose reader goes away (`| head -1`) still finishes what it changes:
/// every revision, no `started` row, every tree of `--tree all`.
#[test]
fn a_closed_stdout_does_not_cut_a_migration_short() {
    for d in DIALECTS {
        for args in [
            &["upgrade", "head", "--replay"][..],
            &["-v", "upgrade", "head", "--replay"][..],
            &["--tree", "all", "upgrade", "head"][..],
        ] {
            let db = TestDb::new(d, "closed_pipe");
            let mut child = db.spawn(args);
            // `| head -1`: one line read, then the reader is gone.
            let mut out = BufReader::new(child.stdout.take().unwrap());
            let mut first = String::new();
            out.read_line(&mut first).unwrap();
            drop(out);
            let res = child.wait_with_output().unwrap();
            let err = common::stderr(&res);
            assert_eq!(res.status.code(), Some(0), "{d} {args:?}: {err}");
            assert!(
                err.contains("standard output was closed"),
                "{d} {args:?}: {err}"
            );
            let trees: &[&str] = if args.contains(&"all") {
                &["config", "cdr", "voicemail", "queue_log"]
            } else {
                &["config"]
            };
            for t in trees {
                assert_eq!(db.versions(t), vec![head(t)], "{d} {args:?} {t}");
            }
            no_started_rows(&db);
            db.verify_ok(&["--tree", "all"][..if args.contains(&"all") { 2 } else { 0 }]);
        }
    }
}

/// Reads stdout lines until `n` revision lines went by.
fn wait_for_lines(child: &mut Child, n: usize) -> BufReader<std::process::ChildStdout> {
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut seen = 0;
    let mut line = String::new();
    while seen < n {
        line.clear();
        if out.read_line(&mut line).unwrap() == 0 {
            break;
        }
        if line.starts_with("upgrade ") || line.starts_with("downgrade ") {
            seen += 1;
        }
    }
    out
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill {sig}");
}

/// SIGTERM and SIGINT stop a run at its next clean point: a revision boundary
/// (PostgreSQL, SQLite) or a recorded statement (MySQL), with a message saying
/// where, exit 143/130, the lock released; the same command then finishes.
#[test]
fn sigterm_and_sigint_stop_at_a_clean_point_and_the_rerun_finishes() {
    for d in DIALECTS {
        for (sig, code) in [("-TERM", 143), ("-INT", 130)] {
            let db = TestDb::new(d, "signal");
            let mut child = db.spawn(&["upgrade", "head", "--replay"]);
            let rest = wait_for_lines(&mut child, 3);
            signal(&child, sig);
            drop(rest);
            let res = child.wait_with_output().unwrap();
            let err = common::stderr(&res);
            assert_eq!(res.status.code(), Some(code), "{d} {sig}: {err}");
            let name = if code == 143 { "SIGTERM" } else { "SIGINT" };
            assert!(err.contains(&format!("stopped by {name}")), "{d}: {err}");
            assert!(err.contains("the same command continues"), "{d}: {err}");
            let at = db.versions("config");
            assert_eq!(at.len(), 1, "{d}: {at:?}");
            assert_ne!(at[0], head("config"), "{d}: the run was not stopped");
            if d != Dialect::Mysql {
                // A revision boundary: nothing half-done to finish.
                no_started_rows(&db);
                db.verify_ok(&[]);
            }
            // The lock is free at once, and the same command finishes the job.
            db.ok(&["--lock-timeout", "0", "upgrade", "head", "--replay"]);
            assert_eq!(db.versions("config"), vec![head("config")], "{d}");
            no_started_rows(&db);
            db.verify_ok(&[]);
        }
    }
}

/// Runners of the four trees started together on a fresh database all succeed:
/// what they share (`ast_schema_history`) is made safely.
#[test]
fn runners_of_every_tree_at_once_on_a_fresh_database_all_succeed() {
    for d in DIALECTS {
        for round in 0..6 {
            let db = TestDb::new(d, "trees_at_once");
            let children: Vec<(String, Child)> = ["config", "cdr", "voicemail", "queue_log"]
                .iter()
                .map(|t| {
                    (
                        t.to_string(),
                        db.spawn(&["-q", "--tree", t, "upgrade", "head"]),
                    )
                })
                .collect();
            for (t, c) in children {
                let res = c.wait_with_output().unwrap();
                assert!(
                    res.status.success(),
                    "{d} round {round} tree {t}: {}",
                    common::stderr(&res)
                );
                assert_eq!(db.versions(&t), vec![head(&t)], "{d} {t}");
            }
        }
    }
}

/// A relative target is resolved once: a `downgrade -20` killed part-way and run
/// again ends at head-20, not 20 below where the kill left it.
#[test]
fn a_rerun_after_a_kill_ends_where_the_first_run_would_have() {
    for d in DIALECTS {
        let db = TestDb::new(d, "relative_rerun");
        db.ok(&["upgrade", "head"]);
        // Killed after 3 of its 20 revisions (tried again where the kill landed
        // after the run had finished anyway).
        let mut killed_part_way = false;
        for _ in 0..5 {
            let mut child = db.spawn(&["downgrade", "-20"]);
            let rest = wait_for_lines(&mut child, 3);
            signal(&child, "-KILL");
            drop(rest);
            let _ = child.wait();
            if db.versions("config") != vec![below_head(20)] {
                killed_part_way = true;
                break;
            }
            db.ok(&["upgrade", "head"]);
        }
        assert!(killed_part_way, "{d}: every kill came after the run ended");
        db.ok(&["downgrade", "-20"]);
        assert_eq!(db.versions("config"), vec![below_head(20)], "{d}");
        db.verify_ok(&[]);
        // Once that run is done, a relative target counts from where it left.
        db.ok(&["downgrade", "-1"]);
        assert_eq!(db.versions("config"), vec![below_head(21)], "{d}");
    }
}

/// A SQLite table rebuild neither fires nor trips an operator's foreign keys
/// (CASCADE rows kept, SET NULL rows not NULLed, a plain key no failure), and an
/// operator's column keeps its REFERENCES, CHECK and COLLATE.
#[test]
fn a_sqlite_rebuild_keeps_operators_foreign_keys_and_column_constraints() {
    let db = TestDb::new(Dialect::Sqlite, "sqlite_fk");
    db.ok(&["upgrade", "9f3692b1654b"]);
    db.exec(
        "PRAGMA foreign_keys = ON; \
         INSERT INTO ps_endpoints (id) VALUES ('alice'); \
         CREATE TABLE sites (code TEXT PRIMARY KEY); INSERT INTO sites VALUES ('s1'); \
         ALTER TABLE ps_endpoints ADD COLUMN site_code TEXT REFERENCES sites(code) \
           CHECK (site_code <> 'bad') COLLATE NOCASE; \
         UPDATE ps_endpoints SET site_code = 's1'; \
         CREATE TABLE op_cascade (ep VARCHAR(40) REFERENCES ps_endpoints(id) ON DELETE CASCADE); \
         CREATE TABLE op_null (ep VARCHAR(40) REFERENCES ps_endpoints(id) ON DELETE SET NULL); \
         CREATE TABLE op_plain (ep VARCHAR(40) REFERENCES ps_endpoints(id)); \
         INSERT INTO op_cascade VALUES ('alice'); INSERT INTO op_null VALUES ('alice'); \
         INSERT INTO op_plain VALUES ('alice');",
    );
    // 539f68bede2c changes an enum's values: a rebuild of ps_endpoints on SQLite.
    db.ok(&["upgrade", "539f68bede2c"]);
    for t in ["op_cascade", "op_null", "op_plain"] {
        let rows = db.query(&format!("SELECT ep FROM {t}"));
        assert_eq!(rows, vec![vec![Some("alice".to_string())]], "{t}");
    }
    let sql = db.query("SELECT sql FROM sqlite_master WHERE name = 'ps_endpoints'");
    let sql = sql[0][0].clone().unwrap();
    assert!(
        sql.contains(
            "site_code TEXT REFERENCES sites(code) CHECK (site_code <> 'bad') COLLATE NOCASE"
        ),
        "{sql}"
    );
    let out = db.ast(&["verify"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("fk (site_code) -> sites(code)"));
    // A row that referenced nothing before does not stop a rebuild.
    db.exec("PRAGMA foreign_keys = OFF; INSERT INTO op_plain VALUES ('nobody')");
    db.ok(&["downgrade", "9f3692b1654b"]);
    assert_eq!(
        db.query("SELECT COUNT(*) FROM op_plain"),
        vec![vec![Some("2".to_string())]]
    );
    // The check itself, in the driver: a rebuild that loses a referenced row
    // cannot commit.
    let mut c = db.conn();
    c.execute("BEGIN").unwrap();
    c.execute("CREATE TABLE ast_schema_rebuild_ps_endpoints (id VARCHAR(40) NOT NULL UNIQUE)")
        .unwrap();
    c.execute("INSERT INTO ast_schema_rebuild_ps_endpoints SELECT id FROM ps_endpoints WHERE id <> 'alice'")
        .unwrap();
    c.execute("DROP TABLE ps_endpoints").unwrap();
    c.execute("ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints")
        .unwrap();
    let e = c.execute("COMMIT").unwrap_err().to_string();
    assert!(
        e.contains("1 row(s) of op_plain would reference rows missing from ps_endpoints"),
        "{e}"
    );
    c.execute("ROLLBACK").unwrap();
    drop(c);
    assert_eq!(
        db.query("SELECT COUNT(*) FROM ps_endpoints"),
        vec![vec![Some("1".to_string())]]
    );
}

/// What an operator added to a table a PostgreSQL reconcile rebuilds (to put its
/// columns in Asterisk's order): a column with its values, default and check, a
/// serial column and its sequence, an index, a trigger, table and column grants,
/// comments, another table's foreign key to it. `reconcile`, and the upgrade-day
/// path `--asterisk 22.10.1 upgrade`, carry all of it across.
#[test]
fn a_postgresql_rebuild_carries_what_an_operator_added() {
    let admin = TestDb::new(Dialect::Postgresql, "pg_roles");
    admin.exec(
        "DO $$BEGIN CREATE ROLE ast_schema_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$",
    );
    for (how, args) in [
        ("reconcile", &["reconcile"][..]),
        ("upgrade day", &["--asterisk", "22.10.1", "upgrade"][..]),
    ] {
        let db = TestDb::new(Dialect::Postgresql, "pg_carry");
        db.ok(&["--asterisk", "13.38.3", "upgrade", "head"]);
        db.exec(
            "INSERT INTO ps_endpoints (id) VALUES ('alice'); \
             ALTER TABLE ps_endpoints ADD COLUMN site_code varchar(8) DEFAULT 'x' NOT NULL CHECK (site_code <> 'bad'); \
             ALTER TABLE ps_endpoints ADD COLUMN serial_no serial; \
             UPDATE ps_endpoints SET site_code = 's1'; \
             CREATE INDEX site_idx ON ps_endpoints (site_code); \
             CREATE TABLE audit (who varchar(80)); \
             CREATE FUNCTION my_audit() RETURNS trigger AS $$ BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER my_trig AFTER INSERT ON ps_endpoints FOR EACH ROW EXECUTE FUNCTION my_audit(); \
             GRANT SELECT ON ps_endpoints TO ast_schema_test_reader; \
             GRANT UPDATE (site_code) ON ps_endpoints TO ast_schema_test_reader; \
             COMMENT ON TABLE ps_endpoints IS 'our endpoints'; \
             COMMENT ON COLUMN ps_endpoints.site_code IS 'the site'; \
             CREATE TABLE op_child (ep varchar(40) REFERENCES ps_endpoints(id) ON DELETE CASCADE); \
             INSERT INTO op_child VALUES ('alice');",
        );
        let before = db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'ps_endpoints' ORDER BY ordinal_position");
        db.ok(args);
        let after = db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'ps_endpoints' ORDER BY ordinal_position");
        assert_ne!(
            before, after,
            "{how}: no rebuild happened, so nothing was tested"
        );
        let one = |sql: &str| db.query(sql)[0][0].clone();
        assert_eq!(
            one("SELECT site_code FROM ps_endpoints WHERE id = 'alice'"),
            Some("s1".into()),
            "{how}"
        );
        db.exec("INSERT INTO ps_endpoints (id) VALUES ('bob')");
        assert_eq!(
            one("SELECT site_code FROM ps_endpoints WHERE id = 'bob'"),
            Some("x".into()),
            "{how}: default"
        );
        assert_eq!(
            one("SELECT serial_no FROM ps_endpoints WHERE id = 'bob'"),
            Some("2".into()),
            "{how}: sequence"
        );
        assert_eq!(
            one("SELECT who FROM audit WHERE who = 'bob'"),
            Some("bob".into()),
            "{how}: trigger"
        );
        let bad = db
            .conn()
            .execute("UPDATE ps_endpoints SET site_code = 'bad'");
        assert!(bad.is_err(), "{how}: the check is gone");
        assert_eq!(
            one("SELECT indexdef FROM pg_indexes WHERE indexname = 'site_idx'"),
            Some("CREATE INDEX site_idx ON public.ps_endpoints USING btree (site_code)".into()),
            "{how}"
        );
        assert_eq!(one("SELECT has_table_privilege('ast_schema_test_reader', 'ps_endpoints', 'SELECT')::text"), Some("true".into()), "{how}");
        assert_eq!(one("SELECT has_column_privilege('ast_schema_test_reader', 'ps_endpoints', 'site_code', 'UPDATE')::text"), Some("true".into()), "{how}");
        assert_eq!(
            one("SELECT obj_description('ps_endpoints'::regclass, 'pg_class')"),
            Some("our endpoints".into()),
            "{how}"
        );
        assert_eq!(one("SELECT col_description('ps_endpoints'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'ps_endpoints'::regclass AND attname = 'site_code'))"), Some("the site".into()), "{how}");
        db.exec("DELETE FROM ps_endpoints WHERE id = 'alice'");
        assert_eq!(
            one("SELECT COUNT(*) FROM op_child"),
            Some("0".into()),
            "{how}: the foreign key is gone"
        );
        db.verify_ok(&[]);
    }
}

/// A step a killed run left half-done (MySQL: the first of its two columns
/// added) is named as that step's in `status`, not taken for an operator's
/// additions.
#[test]
fn status_names_a_half_applied_step_not_an_operator() {
    let db = TestDb::new(Dialect::Mysql, "half_step");
    db.ok(&["upgrade", "2bb1a85135ad"]);
    // 1ac563b350a8 adds two columns: as a kill after the first leaves it.
    let sql = db.ok(&[
        "--dialect",
        "mysql",
        "upgrade",
        "2bb1a85135ad:1ac563b350a8",
        "--sql",
    ]);
    let first = sql
        .split(";\n")
        .find(|s| s.contains("ADD COLUMN trust_connected_line"))
        .expect("the step's first ALTER");
    db.exec(first);
    let checksum = Tree::named("config").unwrap();
    let sha = checksum
        .at(checksum.position("1ac563b350a8").unwrap())
        .sha256;
    db.exec(&format!(
        "INSERT INTO ast_schema_history (tree, revision, direction, from_revision, to_revision, checksum, method, \
         applied_at, duration_ms, tool_version, status, progress) VALUES ('config', '1ac563b350a8', 'upgrade', \
         '2bb1a85135ad', '1ac563b350a8', '{sha}', 'replay', '2026-12-07T00:00:00Z', 0, 'test', 'started', 1)"
    ));
    let out = db.ast(&["status"]);
    let text = format!("{}{}", common::stdout(&out), common::stderr(&out));
    assert!(!text.contains("an operator's"), "{text}");
    assert!(
        text.contains("the interrupted step upgrade 2bb1a85135ad -> 1ac563b350a8"),
        "{text}"
    );
    // And the same command finishes it.
    db.ok(&["upgrade", "1ac563b350a8"]);
    db.verify_ok(&[]);
}

/// A database that came down through Alembic's lossy downgrades (ids left
/// nullable, ps_domain_aliases.domain back at 40) has a shape Alembic itself
/// produces: `verify` (with or without `--asterisk`), `status` and `current`
/// all accept it and agree on the releases it matches.
#[test]
fn verify_status_and_current_agree_on_a_shape_alembics_downgrades_leave() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        for (how, up, down) in [
            (
                "a rollback to 18.20.2",
                &["--asterisk", "22.10.1", "upgrade"][..],
                &["--asterisk", "18.20.2", "downgrade"][..],
            ),
            (
                "a downgrade along main",
                &["upgrade", "head"][..],
                &["downgrade", "f5b0e7427449"][..],
            ),
        ] {
            let db = TestDb::new(d, "lossy_shapes");
            db.ok(&["--asterisk", "18.20.2", "upgrade"]);
            db.ok(up);
            db.ok(down);
            // The lossy shape is there: ps_aors.id is nullable again.
            let schema = if d == Dialect::Mysql {
                "DATABASE()"
            } else {
                "current_schema()"
            };
            let nullable = db.query(&format!(
                "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'ps_aors' \
                 AND column_name = 'id' AND table_schema = {schema}"
            ));
            assert!(
                nullable.iter().any(|r| r[0].as_deref() == Some("YES")),
                "{d} {how}: not the lossy shape: {nullable:?}"
            );
            for args in [&["verify"][..], &["--asterisk", "18.20.2", "verify"][..]] {
                db.verify_ok(&args[..args.len() - 1]);
            }
            for args in [
                &["status"][..],
                &["current"][..],
                &["--asterisk", "18.20.2", "status"][..],
            ] {
                let out = db.ok(args);
                assert!(!out.contains("difference(s)"), "{d} {how} {args:?}: {out}");
                assert!(out.contains("18.20.x"), "{d} {how} {args:?}: {out}");
            }
        }
    }
}
