//! Handover between ast-schema's online commands and SQL run without it. A database
//! built from ast-schema's own offline script (`upgrade REV --sql`, piped through the
//! database's own client: the tables and the version table Alembic keeps, no
//! ast-schema bookkeeping) is taken to head online; and a database the online
//! command took to a revision is continued by the offline script of the rest. At
//! three revisions spread over the chain, on MariaDB and PostgreSQL.
//!
//! This checks that the two paths agree with each other and that the version table
//! has the key Alembic creates. That they build what Asterisk's Alembic builds is
//! checked against Alembic's own output in `parity_reference.rs`.

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
fn databases_built_by_the_offline_script_are_taken_to_head_online() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let reference = TestDb::new(d, "ho_ref");
        reference.ok(&["upgrade", "head"]);
        for rev in spread() {
            let db = TestDb::new(d, "ho_from_sql");
            db.pipe_to_client(&script(d, rev));
            assert_eq!(db.current(), rev, "{d}");
            assert!(!db.tables().iter().any(|t| t.starts_with("ast_schema_")));
            db.ok(&["upgrade", "head"]);
            assert_eq!(
                db.dump(),
                reference.dump(),
                "{d}: offline script to {rev}, then online upgrade head"
            );
            db.ok(&["verify"]);
        }
    }
}

#[test]
fn databases_built_online_continue_with_the_offline_script() {
    let t = Tree::named("config").unwrap();
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let reference = TestDb::new(d, "ho_ref2");
        reference.pipe_to_client(&script(d, "head"));
        for rev in spread() {
            let db = TestDb::new(d, "ho_to_sql");
            db.ok(&["upgrade", rev]);
            // One row in alembic_version_config, keyed by the constraint Alembic
            // creates itself, so Alembic could take over too.
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
            // The offline script of the rest of the chain, run by the client: the
            // same result as the online upgrade.
            let range = format!("{rev}:head");
            db.pipe_to_client(&script(d, &range));
            assert_eq!(
                db.dump(),
                reference.dump(),
                "{d}: online upgrade to {rev}, then the offline script to head"
            );
            assert_eq!(
                db.versions("config"),
                vec![t.head().unwrap().id.to_string()]
            );
        }
    }
}
