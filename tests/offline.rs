//! `--sql` scripts are the truth: piped into each database's own client they build
//! exactly what the online commands build, for every tree, both ways, and ranges.

mod common;

use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

fn script(db: &TestDb, args: &[&str]) -> String {
    let mut all = vec!["--dialect", db.dialect.name()];
    all.extend_from_slice(args);
    let out = common::ast(&all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn version_rows(db: &TestDb, tree: &str) -> Vec<String> {
    db.versions(tree)
}

#[test]
fn offline_scripts_build_what_online_runs_build_for_every_tree() {
    for t in Tree::all() {
        for d in DIALECTS {
            let tree = ["--tree", t.name];
            let piped = TestDb::new(d, &format!("off_{}", t.name));
            let online = TestDb::new(d, &format!("on_{}", t.name));
            // upgrade base -> head
            piped.pipe_to_client(&script(
                &piped,
                &[&tree[..], &["upgrade", "head", "--sql"]].concat(),
            ));
            online.ok(&[&tree[..], &["upgrade", "head"]].concat());
            assert_eq!(
                piped.dump(),
                online.dump(),
                "{} on {d}: upgrade head",
                t.name
            );
            assert_eq!(
                version_rows(&piped, t.name),
                version_rows(&online, t.name),
                "{} on {d}",
                t.name
            );
            // the online tool takes the scripted database as current
            let out = piped.ok(&[&tree[..], &["upgrade", "head"]].concat());
            assert!(out.contains("nothing to do"), "{} on {d}: {out}", t.name);
            // downgrade head -> base
            piped.pipe_to_client(&script(
                &piped,
                &[&tree[..], &["downgrade", "head:base", "--sql"]].concat(),
            ));
            online.ok(&[&tree[..], &["downgrade", "base"]].concat());
            assert_eq!(
                piped.dump(),
                online.dump(),
                "{} on {d}: downgrade base",
                t.name
            );
            assert!(version_rows(&piped, t.name).is_empty());
        }
    }
}

#[test]
fn ranges_continue_from_a_revision() {
    let t = Tree::named("config").unwrap();
    let first = t.at(1).id;
    for d in DIALECTS {
        let piped = TestDb::new(d, "range");
        let online = TestDb::new(d, "range_on");
        piped.ok(&["upgrade", first]);
        online.ok(&["upgrade", first]);
        let range = format!("{first}:head");
        piped.pipe_to_client(&script(&piped, &["upgrade", &range, "--sql"]));
        online.ok(&["upgrade", "head"]);
        assert_eq!(piped.dump(), online.dump(), "{d}");
        assert_eq!(
            version_rows(&piped, "config"),
            version_rows(&online, "config")
        );
        let back = format!("head:{first}");
        piped.pipe_to_client(&script(&piped, &["downgrade", &back, "--sql"]));
        online.ok(&["downgrade", first]);
        assert_eq!(piped.dump(), online.dump(), "{d}");
        assert_eq!(version_rows(&piped, "config"), vec![first.to_string()]);
    }
}

#[test]
fn scripts_mark_each_revision_and_wrap_transactions_where_ddl_is_transactional() {
    let t = Tree::named("config").unwrap();
    for (dialect, tx) in [("postgresql", true), ("sqlite", true), ("mysql", false)] {
        let out = common::ast(&["--dialect", dialect, "upgrade", "head", "--sql"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.starts_with("CREATE TABLE alembic_version_config ("),
            "{dialect}: starts with the version table"
        );
        for p in 1..=t.len() {
            let r = t.at(p);
            let line = format!(
                "-- Running upgrade {} -> {}, {}",
                r.down.unwrap_or(""),
                r.id,
                r.message
            );
            assert!(text.contains(&line), "{dialect}: missing {line:?}");
        }
        assert_eq!(
            text.matches("BEGIN;").count(),
            if tx { t.len() } else { 0 },
            "{dialect}"
        );
        assert_eq!(
            text.matches("COMMIT;").count(),
            if tx { t.len() } else { 0 },
            "{dialect}"
        );
        // --single-transaction: one BEGIN/COMMIT around everything
        let out = common::ast(&[
            "--dialect",
            dialect,
            "upgrade",
            "head",
            "--sql",
            "--single-transaction",
        ]);
        let text = stdout(&out);
        assert_eq!(text.matches("BEGIN;").count(), usize::from(tx), "{dialect}");
    }
}

#[test]
fn sql_mode_opens_no_connection() {
    // An unreachable server: --sql must not try it.
    let out = common::ast(&[
        "--url",
        "postgresql://nobody:pw@192.0.2.1:1/nodb",
        "upgrade",
        "head",
        "--sql",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("CREATE TYPE"));
    assert_eq!(stderr(&out), "", "nothing but SQL is printed anywhere");
}

#[test]
fn output_file_and_dialect_sources() {
    let dir = common::TempDir::new("outfile");
    let file = dir.0.join("up.sql");
    let out = common::ast(&[
        "--dialect",
        "mysql",
        "upgrade",
        "head",
        "--sql",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(std::fs::read_to_string(&file).unwrap().contains("ENUM("));
    // A URL picks the dialect; --dialect may not contradict it.
    let out = common::ast(&[
        "--url",
        "mysql://u@h/db",
        "--dialect",
        "postgresql",
        "upgrade",
        "--sql",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // downgrade --sql needs a range
    let out = common::ast(&["--dialect", "mysql", "downgrade", "base", "--sql"]);
    assert_eq!(out.status.code(), Some(8));
    assert!(stderr(&out).contains("FROM:TO"), "{}", stderr(&out));
}

#[test]
fn stamp_writes_the_version_without_running_migrations() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "stamp");
        db.ok(&["stamp", t.at(1).id]);
        assert_eq!(db.versions("config"), vec![t.at(1).id.to_string()], "{d}");
        assert!(
            !db.tables().contains(&"sippeers".to_string()),
            "{d}: stamp ran a migration"
        );
        db.ok(&["stamp", "head"]);
        assert_eq!(
            db.versions("config"),
            vec![t.head().unwrap().id.to_string()],
            "{d}"
        );
        db.ok(&["stamp", "base"]);
        assert!(db.versions("config").is_empty(), "{d}");
        // stamp --sql through the client
        let sql = script(&db, &["stamp", t.at(1).id, "--sql"]);
        let fresh = TestDb::new(d, "stamp_sql");
        fresh.pipe_to_client(&sql);
        assert_eq!(
            fresh.versions("config"),
            vec![t.at(1).id.to_string()],
            "{d}"
        );
    }
    let db = TestDb::new(
        ast_schema::definitions::dialect::Dialect::Sqlite,
        "stamp_bad",
    );
    let out = db.ast(&["stamp", "0000deadbeef"]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no revision \"0000deadbeef\""),
        "{}",
        stderr(&out)
    );
}
