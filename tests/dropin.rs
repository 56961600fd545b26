//! Upgrade day as an Asterisk administrator has it: Asterisk's own ini files and
//! scripts on disk (read at run time from `../shared/asterisk/ast-db-manage.sh`, never
//! copied into the repository), the release they belong to deciding `head`, and the
//! schema and version row Asterisk's own Alembic builds with them
//! (`tests/reference/releases/`, measured with the parity harness).

mod common;

use std::path::PathBuf;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::releases;
use ast_schema::definitions::revision::Tree;
use common::ast_env as run;
use common::{ast_db_manage, reference_state, stderr, stdout, TempDir, TestDb, DIALECTS};

fn release_head(rel: &str, tree: &str) -> String {
    let r = releases::find(rel).unwrap();
    releases::chain(r, &Tree::named(tree).unwrap())
        .unwrap()
        .unwrap()
        .head()
        .unwrap()
        .id
        .to_string()
}

/// The dump and version row Asterisk's own Alembic left with release `rel`'s scripts.
fn reference(rel: &str, tree: &str, d: Dialect) -> (String, String) {
    reference_state(&format!("releases/{rel}/{tree}-{d}.steps"))
}

fn lines(s: &str) -> String {
    s.lines().collect::<Vec<_>>().join("\n")
}

#[test]
fn the_stock_ini_files_of_every_line_work_unchanged() {
    for tag in [
        "13.38.3", "16.30.0", "18.20.0", "20.20.1", "22.10.1", "23.4.1",
    ] {
        let adm = ast_db_manage(tag);
        for tree in ["config", "cdr", "voicemail", "queue_log"] {
            let ini = format!("{tree}.ini.sample");
            assert!(adm.0.join(&ini).is_file(), "{tag} has no {ini}");
            // As Alembic is run: from the ast-db-manage folder, with the file as it is
            // (its logging section's %(levelname)s included). The URL comes from --url.
            let db = adm.0.join(format!("{tree}.db"));
            let url = format!("sqlite:///{}", db.display());
            let out = run(&adm.0, &[], &["--url", &url, "-c", &ini, "upgrade", "head"]);
            assert!(out.status.success(), "{tag} {ini}: {}", stderr(&out));
            let err = stderr(&out);
            assert!(
                err.contains("following the scripts of Asterisk")
                    && err.contains(&format!("in {tree}")),
                "{tag} {ini}: {err}"
            );
            assert!(
                err.contains("sqlalchemy.url of"),
                "{tag} {ini}: the precedence note: {err}"
            );
            let want = release_head(tag, tree);
            let cur = run(&adm.0, &[], &["--url", &url, "--tree", tree, "current"]);
            assert!(
                stdout(&cur).starts_with(&want),
                "{tag} {tree}: {}{}",
                stdout(&cur),
                stderr(&cur)
            );
            // `heads` with the ini names the release's newest, not ast-schema's own.
            let heads = run(&adm.0, &[], &["-c", &ini, "heads"]);
            assert!(
                stdout(&heads).starts_with(&want),
                "{tag} {tree}: {}",
                stdout(&heads)
            );
        }
    }
}

/// An ini pointing at 20.20.1's and 22.10.1's scripts (by their full path, from
/// another folder) builds exactly what that release's own Alembic builds.
#[test]
fn an_ini_at_a_release_builds_what_its_alembic_builds() {
    let elsewhere = TempDir::new("elsewhere");
    for rel in ["20.20.1", "22.10.1"] {
        let adm = ast_db_manage(rel);
        for d in [Dialect::Mysql, Dialect::Postgresql] {
            for tree in ["config", "cdr", "voicemail", "queue_log"] {
                let db = TestDb::new(d, &format!("ini_{tree}"));
                let ini = elsewhere.0.join(format!("{rel}-{tree}-{d}.ini"));
                std::fs::write(
                    &ini,
                    format!(
                        "[alembic]\nscript_location = {}\nsqlalchemy.url = {}\n",
                        adm.0.join(tree).display(),
                        db.url.replace('%', "%%")
                    ),
                )
                .unwrap();
                let ini = ini.display().to_string();
                let out = run(&elsewhere.0, &[], &["-c", &ini, "upgrade", "head"]);
                assert!(out.status.success(), "{rel} {tree} {d}: {}", stderr(&out));
                let (want, version) = reference(rel, tree, d);
                assert_eq!(db.versions(tree), vec![version], "{rel} {tree} {d}");
                assert_eq!(lines(&db.dump()), want, "{rel} {tree} {d}");
                // Nothing left to do with the same ini.
                let again = run(&elsewhere.0, &[], &["-c", &ini, "upgrade", "head"]);
                assert!(
                    stdout(&again).contains("nothing to do"),
                    "{}",
                    stdout(&again)
                );
            }
        }
    }
}

#[test]
fn scripts_this_build_does_not_know_are_named() {
    let adm = ast_db_manage("22.10.1");
    let versions = adm.0.join("config/versions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&versions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // A local edit of one script makes it another script.
    let edited = &files[files.len() / 2];
    let mut text = std::fs::read_to_string(edited).unwrap();
    text.push_str("\n# edited here\n");
    std::fs::write(edited, text).unwrap();
    let url = format!("sqlite:///{}", adm.0.join("x.db").display());
    let out = run(
        &adm.0,
        &[],
        &["--url", &url, "--scripts", "config", "upgrade", "head"],
    );
    assert_eq!(out.status.code(), Some(24), "{}", stderr(&out));
    let name = edited.file_name().unwrap().to_string_lossy().into_owned();
    assert!(stderr(&out).contains(&name), "{}", stderr(&out));
    assert!(!adm.0.join("x.db").exists(), "nothing may be created");
    // --asterisk follows a known release instead; --scripts with it is a contradiction.
    let both = run(
        &adm.0,
        &[],
        &[
            "--url",
            &url,
            "--scripts",
            "config",
            "--asterisk",
            "22",
            "current",
        ],
    );
    assert_eq!(both.status.code(), Some(4), "{}", stderr(&both));
}

#[test]
fn without_a_url_an_unattended_run_is_refused() {
    let dir = TempDir::new("nourl");
    for (env, args, names) in [
        (vec![], vec!["--wait", "2", "upgrade", "head"], "--wait"),
        (
            vec![],
            vec!["--create-database", "upgrade", "head"],
            "--create-database",
        ),
        (
            vec![("AST_SCHEMA_REQUIRE_URL", "1")],
            vec!["upgrade", "head"],
            "AST_SCHEMA_REQUIRE_URL",
        ),
        (
            vec![("DATABASE_URL", "mysql://u:p@db/asterisk")],
            vec!["upgrade", "head"],
            "DATABASE_URL",
        ),
        (
            vec![("AST_SCHEMA_URI", "mysql://u:p@db/asterisk")],
            vec!["current"],
            "AST_SCHEMA_URI",
        ),
        (
            vec![("AST_SCHEMA_ULR", "mysql://u:p@db/asterisk")],
            vec!["status"],
            "AST_SCHEMA_ULR",
        ),
    ] {
        let out = run(&dir.0, &env, &args);
        assert_eq!(
            out.status.code(),
            Some(3),
            "{args:?} {env:?}: {}",
            stderr(&out)
        );
        let err = stderr(&out);
        assert!(
            err.contains(names) && err.contains("AST_SCHEMA_URL") && err.contains("--url"),
            "{err}"
        );
        assert!(
            !dir.0.join("asterisk.db").exists(),
            "{args:?}: the default was taken"
        );
    }
    // Offline output needs no server.
    let sql = run(
        &dir.0,
        &[("AST_SCHEMA_REQUIRE_URL", "true")],
        &["--dialect", "mysql", "upgrade", "head", "--sql"],
    );
    assert!(sql.status.success(), "{}", stderr(&sql));
    // The README's first command keeps working anywhere, and says what it uses.
    let first = run(&dir.0, &[], &["upgrade", "head"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("sqlite:///asterisk.db"),
        "{}",
        stderr(&first)
    );
    assert!(dir.0.join("asterisk.db").exists());
}

#[test]
fn the_wrong_tree_is_caught_with_a_hint() {
    for d in [Dialect::Sqlite, Dialect::Mysql] {
        let db = TestDb::new(d, "wrongtree");
        db.ok(&["--tree", "cdr", "upgrade", "head"]);
        let tables = db.tables();
        for args in [
            &["current"][..],
            &["upgrade", "head"],
            &["status"],
            &["verify"],
        ] {
            let out = db.ast(args);
            assert_eq!(
                out.status.code(),
                Some(25),
                "{d} {args:?}: {}",
                stderr(&out)
            );
            assert!(stderr(&out).contains("--tree cdr"), "{}", stderr(&out));
        }
        assert_eq!(db.tables(), tables, "{d}: nothing may be built");
        // Naming the tree adds it beside the other, as documented.
        db.ok(&["--tree", "config", "upgrade", "head"]);
        assert!(db.current().contains("(head)"), "{d}");
        db.ok(&["--tree", "all", "current"]);
    }
}

#[test]
fn status_reports_pending_revisions_and_exit_code() {
    let t = Tree::named("config").unwrap();
    for d in [Dialect::Sqlite, Dialect::Postgresql] {
        let db = TestDb::new(d, "status");
        db.ok(&["upgrade", "+3"]);
        let out = db.ast(&["status", "--exit-code"]);
        assert_eq!(out.status.code(), Some(26), "{d}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains(&format!("pending:     {} revision(s) to head", t.len() - 3)),
            "{text}"
        );
        assert!(
            text.contains(t.at(4).id) && text.contains(t.at(4).message),
            "{text}"
        );
        assert!(text.contains("drift:       no"), "{text}");
        assert!(text.contains("last change: upgrade"), "{text}");
        // Without --exit-code, pending is no failure.
        assert!(db.ast(&["status"]).status.success());
        let json: serde_json::Value =
            serde_json::from_str(&db.ok(&["--format", "json", "info"])).unwrap();
        let tree = &json["trees"][0];
        assert_eq!(tree["revision"], t.at(3).id);
        assert_eq!(tree["pending"].as_array().unwrap().len(), t.len() - 3);
        assert_eq!(tree["drift"], false);
        db.ok(&["upgrade", "head"]);
        assert_eq!(db.ast(&["status", "--exit-code"]).status.code(), Some(0));
        // A column added by hand is an operator's extra, kept and named, not drift.
        db.exec("ALTER TABLE ps_aors ADD COLUMN by_hand INTEGER");
        let extra = db.ok(&["status"]);
        assert!(
            extra.contains("drift:       no") && extra.contains("1 object(s) no revision made"),
            "{extra}"
        );
        // A column of a revision's dropped by hand is drift.
        db.exec("ALTER TABLE ps_aors DROP COLUMN outbound_proxy");
        let drifted = db.ok(&["status"]);
        assert!(drifted.contains("drift:       yes"), "{drifted}");
    }
}

#[test]
fn history_applied_lists_what_ast_schema_recorded() {
    let db = TestDb::new(Dialect::Sqlite, "applied");
    db.exec("CREATE TABLE unrelated (x INTEGER)");
    assert!(db
        .ok(&["history", "--applied"])
        .contains("nothing recorded"));
    db.ok(&["upgrade", "+2", "--replay"]);
    db.ok(&["downgrade", "-1"]);
    let out = db.ok(&["history", "--applied"]);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(rows[0].contains("downgrade"), "newest first: {out}");
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["--format", "json", "history", "--applied"])).unwrap();
    let applied = json["trees"][0]["applied"].as_array().unwrap();
    assert_eq!(applied.len(), 3);
    assert_eq!(applied[2]["action"], "upgrade");
    assert_eq!(applied[2]["from"], serde_json::Value::Null);
}

/// `--dry-run` on a database built by Asterisk 20.20.1's scripts, moving to 22.10.1's:
/// it prints the reconciliation and changes nothing; the printed SQL, run by the
/// database's own client, gives what the real run gives.
#[test]
fn a_dry_run_on_a_release_built_database_changes_nothing() {
    for d in [Dialect::Sqlite, Dialect::Postgresql] {
        let db = TestDb::new(d, "dry20");
        db.ok(&["--asterisk", "20.20.1", "upgrade"]);
        let before = db.dump();
        let out = db.ok(&["--asterisk", "22.10.1", "upgrade", "--dry-run"]);
        assert!(out.contains("user_agent"), "{d}: {out}");
        assert_eq!(db.dump(), before, "{d}: the dry run changed the schema");
        assert_eq!(db.versions("config"), vec!["e89e30cee53f".to_string()]);
        let twin = TestDb::new(d, "dry20twin");
        twin.ok(&["--asterisk", "20.20.1", "upgrade"]);
        twin.ok(&["--asterisk", "22.10.1", "upgrade"]);
        db.pipe_to_client(&out);
        assert_eq!(
            db.dump(),
            twin.dump(),
            "{d}: the printed SQL differs from the run"
        );
        // A plain upgrade of such a database is refused, in the dry run as for real.
        let fresh = TestDb::new(d, "dry20plain");
        fresh.ok(&["--asterisk", "20.20.1", "upgrade"]);
        let plain = fresh.ast(&["upgrade", "--dry-run"]);
        assert_eq!(plain.status.code(), Some(19), "{d}: {}", stderr(&plain));
    }
}

#[test]
fn a_dry_run_prints_what_a_run_would_do_from_any_state() {
    for d in DIALECTS {
        // Fresh: built at once.
        let db = TestDb::new(d, "dryfresh");
        let out = db.ok(&["upgrade", "--dry-run"]);
        assert!(out.contains("CREATE TABLE"), "{d}");
        assert!(db.tables().is_empty(), "{d}: {:?}", db.tables());
        db.pipe_to_client(&out);
        assert_eq!(
            db.current(),
            format!(
                "{} (head)",
                Tree::named("config").unwrap().head().unwrap().id
            )
        );
        // Midway: the remaining revisions; `current:head --sql` says the same.
        let mid = TestDb::new(d, "drymid");
        mid.ok(&["upgrade", "+5"]);
        let dry = mid.ok(&["upgrade", "+2", "--dry-run"]);
        let sql = mid.ok(&["upgrade", "current:+2", "--sql"]);
        let t = Tree::named("config").unwrap();
        for s in [&dry, &sql] {
            assert!(s.contains(t.at(6).id) && s.contains(t.at(7).id), "{d}: {s}");
            assert!(!s.contains(&format!("-> {},", t.at(5).id)), "{d}: {s}");
        }
        mid.pipe_to_client(&sql);
        assert_eq!(mid.current(), t.at(7).id, "{d}");
    }
}

#[test]
fn verify_names_the_release_a_database_was_built_by() {
    let db = TestDb::new(Dialect::Sqlite, "verify20");
    db.ok(&["--asterisk", "20.20.1", "upgrade"]);
    let out = db.ast(&["verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("as the scripts of Asterisk 20.20.x build it"),
        "{}",
        stdout(&out)
    );
    db.exec("ALTER TABLE ps_aors ADD COLUMN by_hand INTEGER");
    let extra = db.ast(&["verify"]);
    assert!(extra.status.success(), "{}", stderr(&extra));
    assert!(
        (stdout(&extra) + &stderr(&extra)).contains("by_hand"),
        "an operator's column is named: {}{}",
        stdout(&extra),
        stderr(&extra)
    );
    db.exec("ALTER TABLE ps_aors DROP COLUMN outbound_proxy");
    let drift = db.ast(&["verify"]);
    assert_eq!(drift.status.code(), Some(16));
    assert!(
        stdout(&drift).contains("outbound_proxy"),
        "{}",
        stdout(&drift)
    );
}

#[test]
fn release_numbers_name_series_and_heads_say_whose() {
    let db = TestDb::new(Dialect::Sqlite, "series");
    let out = db.ok(&["--asterisk", "18.20", "upgrade"]);
    let r = releases::find("18.20").unwrap();
    assert!(
        out.contains(&format!("newest of Asterisk {}", r.name)),
        "{out}"
    );
    assert!(!out.contains("(head)"), "{out}");
    let cert = TestDb::new(Dialect::Sqlite, "cert");
    cert.ok(&["--asterisk", "certified-18.9", "upgrade"]);
    // ast-schema's own head is newer than every release: said plainly.
    let own = TestDb::new(Dialect::Sqlite, "own");
    let out = own.ast(&["upgrade", "head"]);
    assert!(
        stderr(&out).contains("newer than every released Asterisk"),
        "{}",
        stderr(&out)
    );
    assert!(own
        .ok(&["current"])
        .contains("newer than every released Asterisk"));
    // Once: a run with nothing to do does not say it again.
    let again = own.ast(&["upgrade", "head"]);
    assert!(again.status.success());
    assert!(
        !stderr(&again).contains("newer than every"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn ini_files_with_broken_structure_are_errors() {
    let dir = TempDir::new("badini");
    for (text, want) in [
        ("[alembic\nscript_location = config\n", "line 1"),
        (
            "[alembic]\nscript_location = config\n[alembic]\nsqlalchemy.url = sqlite:///a.db\n",
            "appears twice",
        ),
        ("[alembic]\nsqlalchemy.url = sqlite:///100%.db\n", "'%'"),
    ] {
        let ini = dir.0.join("bad.ini");
        std::fs::write(&ini, text).unwrap();
        let out = run(&dir.0, &[], &["-c", "bad.ini", "current"]);
        assert_eq!(out.status.code(), Some(4), "{text}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{text}: {}", stderr(&out));
    }
}

/// README's upgrade day, step by step, from 18.20.2 (below 24c12d8e9014: no
/// reconcile) and from 18.26.4 (18's placeholder 24c12d8e9014: `user_agent` is
/// reconciled on the way), on MariaDB with each release's own ini: `status`,
/// `verify` and `upgrade --dry-run` with 22.10.1's ini say what `upgrade head` will
/// do instead of refusing, and after it `verify` passes.
#[test]
fn the_readme_upgrade_day_works_from_every_18_release() {
    let elsewhere = TempDir::new("upgrade_day");
    let new = ast_db_manage("22.10.1");
    for (old, reconciles) in [("18.20.2", false), ("18.26.4", true)] {
        let old_adm = ast_db_manage(old);
        let db = TestDb::new(Dialect::Mysql, "upgrade_day");
        let ini = |adm: &TempDir, name: &str| {
            let p = elsewhere.0.join(format!("{old}-{name}.ini"));
            std::fs::write(
                &p,
                format!(
                    "[alembic]\nscript_location = {}\nsqlalchemy.url = {}\n",
                    adm.0.join("config").display(),
                    db.url.replace('%', "%%")
                ),
            )
            .unwrap();
            p.display().to_string()
        };
        let (old_ini, new_ini) = (ini(&old_adm, "old"), ini(&new, "new"));
        // The database as 18's scripts left it.
        let out = run(&elsewhere.0, &[], &["-c", &old_ini, "upgrade", "head"]);
        assert!(out.status.success(), "{old}: {}", stderr(&out));
        // Step 2: where it stands, with 18's ini.
        let out = run(&elsewhere.0, &[], &["-c", &old_ini, "status"]);
        assert!(out.status.success(), "{old}: {}", stderr(&out));
        assert!(
            stdout(&out).contains("pending:     none"),
            "{old}: {}",
            stdout(&out)
        );
        // Step 3: with 22's ini, the pending revisions, and what a reconcile adds.
        let out = run(&elsewhere.0, &[], &["-c", &new_ini, "status"]);
        assert!(out.status.success(), "{old} step 3: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("revision(s) to newest of Asterisk 22.10"),
            "{old}: {text}"
        );
        assert_eq!(
            text.contains("first reconciles it onto")
                && text.contains("(lacks ps_registrations.user_agent"),
            reconciles,
            "{old}: {text}"
        );
        let out = run(&elsewhere.0, &[], &["-c", &new_ini, "verify"]);
        assert!(
            out.status.success(),
            "{old} verify before: {}{}",
            stdout(&out),
            stderr(&out)
        );
        // Step 4: what will run.
        let out = run(&elsewhere.0, &[], &["-c", &new_ini, "upgrade", "--dry-run"]);
        assert!(out.status.success(), "{old} step 4: {}", stderr(&out));
        assert!(
            stdout(&out).contains("ADD COLUMN user_agent"),
            "{old}: the dry run does not add user_agent"
        );
        // Step 5: upgrade and verify.
        let out = run(&elsewhere.0, &[], &["-c", &new_ini, "upgrade", "head"]);
        assert!(out.status.success(), "{old} step 5: {}", stderr(&out));
        assert!(
            stdout(&out).contains("now at e89e30cee53f"),
            "{old}: {}",
            stdout(&out)
        );
        let out = run(&elsewhere.0, &[], &["-c", &new_ini, "verify"]);
        assert!(
            out.status.success(),
            "{old} verify after: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let (want, version) = reference("22.10.1", "config", Dialect::Mysql);
        assert_eq!(db.versions("config"), vec![version], "{old}");
        assert_eq!(lines(&db.dump()), want, "{old}: not 22.10.1's schema");
    }
}
