//! Handover with Asterisk's Alembic setup. A database Alembic took to some revision
//! (built here with the equivalent SQL, piped through the database's own client:
//! the same schema by parity, the same version table, no ast-schema bookkeeping)
//! is taken to head by ast-schema; and a database ast-schema took to a revision is
//! continued by the equivalent of Alembic's own upgrade. At three revisions spread
//! over the chain, on MariaDB and PostgreSQL.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb};

/// Revisions near the start, the middle and the end of the config chain.
fn spread() -> Vec<&'static str> {
    let t = Tree::named("config").unwrap();
    vec![t.at(3).id, t.at(t.len() / 2).id, t.at(t.len() - 2).id]
}

fn script(d: Dialect, range: &str) -> String {
    let out = common::ast(&["--dialect", d.name(), "upgrade", range, "--sql"]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn alembic_built_databases_are_taken_to_head() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let reference = TestDb::new(d, "ho_ref");
        reference.ok(&["upgrade", "head"]);
        for rev in spread() {
            let db = TestDb::new(d, "ho_from_alembic");
            db.pipe_to_client(&script(d, rev));
            assert_eq!(db.current(), rev, "{d}");
            assert!(!db.tables().iter().any(|t| t.starts_with("ast_schema_")));
            db.ok(&["upgrade", "head"]);
            assert_eq!(db.dump(), reference.dump(), "{d}: from {rev}");
            db.ok(&["verify"]);
        }
    }
}

#[test]
fn ast_schema_built_databases_continue_under_alembic() {
    let t = Tree::named("config").unwrap();
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let reference = TestDb::new(d, "ho_ref2");
        reference.pipe_to_client(&script(d, "head"));
        for rev in spread() {
            let db = TestDb::new(d, "ho_to_alembic");
            db.ok(&["upgrade", rev]);
            // Alembic reads exactly one row from alembic_version_config, keyed by
            // the constraint it creates itself.
            assert_eq!(db.versions("config"), vec![rev.to_string()], "{d}");
            let pk = match d {
                Dialect::Postgresql => db.query(
                    "SELECT conname FROM pg_constraint WHERE conrelid = 'alembic_version_config'::regclass AND contype = 'p'",
                ),
                _ => db.query(
                    "SELECT column_name FROM information_schema.key_column_usage \
                     WHERE table_schema = DATABASE() AND table_name = 'alembic_version_config' AND constraint_name = 'PRIMARY'",
                ),
            };
            let want = if d == Dialect::Postgresql {
                "alembic_version_config_pkc"
            } else {
                "version_num"
            };
            assert_eq!(pk[0][0].as_deref(), Some(want), "{d}");
            // Alembic's `upgrade head` from here: the same statements, the same result.
            let range = format!("{rev}:head");
            db.pipe_to_client(&script(d, &range));
            assert_eq!(db.dump(), reference.dump(), "{d}: continued from {rev}");
            assert_eq!(
                db.versions("config"),
                vec![t.head().unwrap().id.to_string()]
            );
        }
    }
}
