//! The binary against real databases: upgrade, downgrade, current, history, and the
//! version table Asterisk's Alembic setup shares with us.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

fn head() -> &'static str {
    Tree::named("config").unwrap().head().unwrap().id
}

#[test]
fn upgrade_head_then_downgrade_base_leaves_only_the_version_table() {
    for d in DIALECTS {
        let db = TestDb::new(d, "roundtrip");
        let out = db.ok(&["upgrade", "head"]);
        assert!(
            out.contains(&format!("now at {} (head)", head())),
            "{d}: {out}"
        );
        assert_eq!(db.versions("config"), vec![head().to_string()], "{d}");
        assert!(db.tables().contains(&"ps_endpoints".to_string()), "{d}");
        db.ok(&["downgrade", "base"]);
        // Besides Alembic's version table only our own bookkeeping remains.
        let left: Vec<String> = db
            .tables()
            .into_iter()
            .filter(|t| !t.starts_with("ast_schema_"))
            .collect();
        assert_eq!(left, vec!["alembic_version_config".to_string()], "{d}");
        assert!(db.versions("config").is_empty(), "{d}");
        // PostgreSQL: every enum type the tree created is gone too.
        if d == Dialect::Postgresql {
            let types =
                db.query("SELECT typname FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid");
            assert!(types.is_empty(), "enum types left behind: {types:?}");
        }
    }
}

#[test]
fn upgrading_a_current_database_is_a_clear_no_op() {
    for d in DIALECTS {
        let db = TestDb::new(d, "noop");
        db.ok(&["upgrade"]);
        let before = db.dump();
        let out = db.ok(&["upgrade", "head"]);
        assert!(out.contains("nothing to do"), "{d}: {out}");
        assert_eq!(db.dump(), before);
    }
}

#[test]
fn current_and_history_report_the_revision() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "current");
        if d != Dialect::Sqlite {
            assert_eq!(db.current(), "base", "{d}");
        }
        db.ok(&["upgrade", t.at(1).id]);
        assert_eq!(db.current(), t.at(1).id, "{d}");
        let hist = db.ok(&["history"]);
        let marked: Vec<&str> = hist.lines().filter(|l| l.contains("(current)")).collect();
        assert_eq!(marked.len(), 1, "{hist}");
        assert!(
            marked[0].contains(&format!("-> {},", t.at(1).id))
                || marked[0].contains(&format!("-> {} ", t.at(1).id)),
            "{hist}"
        );
        assert!(
            hist.lines().next().unwrap().contains("(head)"),
            "history is newest first: {hist}"
        );
    }
}

#[test]
fn current_on_a_missing_sqlite_file_says_so_and_creates_nothing() {
    let dir = common::TempDir::new("missing");
    let path = dir.0.join("nope.db");
    let url = format!("sqlite:///{}", path.display());
    let out = common::ast(&["--url", &url, "current"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(!path.exists());
}

#[test]
fn relative_targets_move_one_step_at_a_time() {
    let t = Tree::named("config").unwrap();
    let db = TestDb::new(Dialect::Sqlite, "relative");
    db.ok(&["upgrade", "+1"]);
    assert_eq!(db.versions("config"), vec![t.at(1).id.to_string()]);
    db.ok(&["upgrade", "+1"]);
    assert_eq!(db.versions("config"), vec![t.at(2).id.to_string()]);
    db.ok(&["downgrade", "-1"]);
    assert_eq!(db.versions("config"), vec![t.at(1).id.to_string()]);
    // a unique prefix works as a target
    db.ok(&["upgrade", &t.at(2).id[..6]]);
    assert_eq!(db.versions("config"), vec![t.at(2).id.to_string()]);
}

#[test]
fn unknown_and_out_of_range_targets_are_errors_that_change_nothing() {
    let db = TestDb::new(Dialect::Sqlite, "badtarget");
    db.ok(&["upgrade", "head"]);
    let before = db.dump();
    for (args, code, want) in [
        (
            vec!["upgrade", "ffffffffffff"],
            8,
            "no revision \"ffffffffffff\"",
        ),
        (vec!["downgrade", "zz"], 8, "no revision \"zz\""),
        (vec!["upgrade", "+1"], 9, "past head"),
        (vec!["downgrade", "-9999"], 9, "below base"),
        (vec!["downgrade", "head+1"], 9, "past head"),
        (vec!["upgrade", "-1"], 9, "use downgrade"),
        (vec!["upgrade", "+x"], 8, "bad relative revision"),
    ] {
        let out = db.ast(&args);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{args:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "one line: {}",
            stderr(&out)
        );
    }
    assert_eq!(db.dump(), before);
    assert_eq!(db.versions("config"), vec![head().to_string()]);
}

#[test]
fn a_legacy_alembic_version_table_of_this_tree_is_renamed() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "legacy");
        db.ok(&["upgrade", t.at(1).id]);
        // Make it look like an old Alembic setup: one alembic_version table.
        db.exec("ALTER TABLE alembic_version_config RENAME TO alembic_version");
        assert_eq!(
            db.current(),
            format!("{} (in the legacy alembic_version table)", t.at(1).id),
            "{d}"
        );
        db.ok(&["upgrade", "head"]);
        let tables = db.tables();
        assert!(
            !tables.contains(&"alembic_version".to_string()),
            "{d}: {tables:?}"
        );
        assert_eq!(db.versions("config"), vec![head().to_string()], "{d}");
    }
}

#[test]
fn a_legacy_table_of_another_tree_is_left_alone() {
    let db = TestDb::new(Dialect::Sqlite, "legacyother");
    db.exec("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
    db.exec("INSERT INTO alembic_version VALUES ('0123456789ab')");
    db.ok(&["upgrade", "head"]);
    assert!(db.tables().contains(&"alembic_version".to_string()));
    assert_eq!(
        db.query("SELECT version_num FROM alembic_version")[0][0].as_deref(),
        Some("0123456789ab")
    );
    assert_eq!(db.versions("config"), vec![head().to_string()]);
}

#[test]
fn global_options_work_after_the_command_too() {
    let db = TestDb::new(Dialect::Sqlite, "global");
    let out = common::ast(&["upgrade", "head", "--url", &db.url, "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "-q prints nothing");
    assert_eq!(db.versions("config"), vec![head().to_string()]);
}

#[test]
fn default_url_is_asterisk_db_in_the_current_directory_and_says_so() {
    let dir = common::TempDir::new("default-url");
    let out = common::ast_in(&["upgrade", "head"], Some(&dir.0));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("sqlite:///asterisk.db"),
        "{}",
        stderr(&out)
    );
    assert!(dir.0.join("asterisk.db").exists());
}

#[test]
fn url_sources_follow_the_documented_precedence() {
    let dir = common::TempDir::new("precedence");
    let ini = dir.0.join("config.ini");
    std::fs::write(
        &ini,
        "[alembic]\nscript_location = config\nsqlalchemy.url = sqlite:///from_ini.db\n",
    )
    .unwrap();
    let ini_s = ini.to_str().unwrap();
    // -c alone: the ini's URL
    let out = common::ast_in(&["-c", ini_s, "upgrade", "head"], Some(&dir.0));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.0.join("from_ini.db").exists());
    // the environment beats -c, --url beats both
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    let out = cmd
        .current_dir(&dir.0)
        .env("AST_SCHEMA_URL", "sqlite:///from_env.db")
        .args(["-c", ini_s, "upgrade", "head"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.0.join("from_env.db").exists());
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    let out = cmd
        .current_dir(&dir.0)
        .env("AST_SCHEMA_URL", "sqlite:///from_env2.db")
        .args([
            "-c",
            ini_s,
            "--url",
            "sqlite:///from_flag.db",
            "upgrade",
            "head",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.0.join("from_flag.db").exists() && !dir.0.join("from_env2.db").exists());
}

#[test]
fn all_four_trees_live_side_by_side_in_one_database() {
    for d in DIALECTS {
        let db = TestDb::new(d, "alltrees");
        let out = db.ok(&["--tree", "all", "upgrade", "head"]);
        for t in Tree::all() {
            assert!(
                out.contains(&format!(
                    "{}: now at {} (head)",
                    t.name,
                    t.head().unwrap().id
                )),
                "{d}: {out}"
            );
            assert_eq!(
                db.versions(t.name),
                vec![t.head().unwrap().id.to_string()],
                "{d} {}",
                t.name
            );
        }
        // Moving one tree leaves the others alone.
        db.ok(&["--tree", "cdr", "downgrade", "base"]);
        assert!(db.versions("cdr").is_empty());
        assert_eq!(db.versions("config"), vec![head().to_string()]);
        assert!(!db.tables().contains(&"cdr".to_string()));
        let current = db.ok(&["--tree", "all", "current"]);
        assert!(current.contains("cdr: base"), "{current}");
        assert!(
            current.contains(&format!("config: {} (head)", head())),
            "{current}"
        );
        db.ok(&["--tree", "all", "downgrade", "base"]);
        let left: Vec<String> = db
            .tables()
            .into_iter()
            .filter(|t| !t.starts_with("ast_schema_"))
            .collect();
        let mut want: Vec<String> = Tree::all().map(|t| t.version_table()).collect();
        want.sort();
        assert_eq!(left, want, "{d}");
    }
}

#[test]
fn the_tree_comes_from_the_ini_files_script_location() {
    let dir = common::TempDir::new("ini-tree");
    for (ini, tree) in [
        ("cdr.ini", "cdr"),
        ("voicemail.ini", "voicemail"),
        ("queue_log.ini", "queue_log"),
        ("config.ini", "config"),
    ] {
        let path = dir.0.join(ini);
        std::fs::write(
            &path,
            format!(
                "[alembic]\nscript_location = {tree}\nsqlalchemy.url = sqlite:///%(here)s/all.db\n"
            ),
        )
        .unwrap();
        let out = common::ast(&["-c", path.to_str().unwrap(), "upgrade", "head"]);
        assert!(out.status.success(), "{ini}: {}", stderr(&out));
        assert!(
            stdout(&out).contains(&format!("{tree}: now at")),
            "{ini}: {}",
            stdout(&out)
        );
    }
    let db = format!("sqlite:///{}", dir.0.join("all.db").display());
    let out = common::ast(&["--url", &db, "--tree", "all", "heads"]);
    assert_eq!(stdout(&out).lines().count(), 4, "{}", stdout(&out));
}

#[test]
fn a_legacy_table_is_renamed_only_for_the_tree_its_revision_belongs_to() {
    let db = TestDb::new(Dialect::Sqlite, "legacytree");
    db.ok(&["--tree", "cdr", "upgrade", "head"]);
    db.exec("ALTER TABLE alembic_version_cdr RENAME TO alembic_version");
    // config does not claim cdr's revision (named: by default the cdr tree's
    // version table, legacy or not, stops a config run with a --tree hint)...
    let hint = db.ast(&["upgrade", "head"]);
    assert_eq!(hint.status.code(), Some(25), "{}", common::stderr(&hint));
    db.ok(&["--tree", "config", "upgrade", "head"]);
    assert!(db.tables().contains(&"alembic_version".to_string()));
    // ...cdr does.
    let out = db.ok(&["--tree", "cdr", "upgrade", "head"]);
    assert!(out.contains("nothing to do"), "{out}");
    db.ok(&["--tree", "cdr", "downgrade", "-1"]);
    assert!(!db.tables().contains(&"alembic_version".to_string()));
    assert_eq!(db.versions("cdr").len(), 1);
}

#[test]
fn verify_across_trees_claims_only_each_trees_own_objects() {
    for d in DIALECTS {
        let db = TestDb::new(d, "verifyall");
        db.ok(&["--tree", "all", "upgrade", "head"]);
        let out = db.ast(&["--tree", "all", "verify"]);
        assert!(
            out.status.success(),
            "{d}: --tree all verify after --tree all upgrade head: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let cdr = db.ast(&["--tree", "cdr", "verify"]);
        assert!(cdr.status.success(), "{d}: {}", stdout(&cdr));
        // A column changed by hand in the cdr tree shows under cdr only (on SQLite,
        // which cannot change a column's type, one dropped).
        db.exec(match d {
            Dialect::Mysql => "ALTER TABLE cdr MODIFY accountcode VARCHAR(99)",
            Dialect::Postgresql => "ALTER TABLE cdr ALTER COLUMN accountcode TYPE VARCHAR(99)",
            Dialect::Sqlite => "ALTER TABLE cdr DROP COLUMN accountcode",
        });
        let out = db.ast(&["--tree", "all", "verify"]);
        assert_eq!(out.status.code(), Some(16), "{d}: {}", stdout(&out));
        let lines: Vec<String> = stdout(&out)
            .lines()
            .filter(|l| l.contains("differs") || l.contains("unexpected") || l.contains("missing"))
            .map(str::to_string)
            .collect();
        assert_eq!(lines.len(), 1, "{d}: {lines:?}");
        assert!(lines[0].starts_with("cdr: "), "{d}: {lines:?}");
        let config = db.ast(&["--tree", "config", "verify"]);
        assert!(config.status.success(), "{d}: {}", stdout(&config));
    }
}
