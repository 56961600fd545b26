//! Defaults a new user meets in the first hour: no silent SQLite SQL, the right
//! "last change", `downgrade --dry-run`, `history` without a database and `-r`.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{ast, stderr, stdout, TestDb, DIALECTS};

fn config() -> Tree {
    Tree::named("config").unwrap()
}

#[test]
fn sql_without_a_url_or_dialect_is_refused_not_sqlite() {
    for args in [
        &["upgrade", "head", "--sql"][..],
        &["downgrade", "head:base", "--sql"][..],
        &["stamp", "head", "--sql"][..],
    ] {
        let out = ast(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("--dialect"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
    let out = ast(&["--dialect", "mysql", "upgrade", "head", "--sql"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("ENGINE=InnoDB") || stdout(&out).contains("CREATE TABLE"));
}

/// After a fresh build (one step of many rows), the newest history row is the head's.
#[test]
fn status_names_the_fresh_build_as_the_last_change_everywhere() {
    let head = config().head().unwrap().id;
    for d in DIALECTS {
        let db = TestDb::new(d, "last_change");
        db.ok(&["upgrade", "head"]);
        let out = db.ok(&["status"]);
        let last = out
            .lines()
            .find(|l| l.starts_with("last change:"))
            .unwrap_or_default()
            .to_string();
        assert!(last.contains(&format!("-> {head}")), "{d}: {last}");
        let rows = db.query("SELECT COUNT(*) FROM ast_schema_history WHERE status = 'done'");
        assert_eq!(
            rows[0][0].as_deref(),
            Some(config().len().to_string().as_str()),
            "{d}"
        );
    }
}

#[test]
fn downgrade_dry_run_prints_the_downgrade_and_changes_nothing() {
    let t = config();
    for d in DIALECTS {
        let db = TestDb::new(d, "down_dry");
        db.ok(&["upgrade", "head"]);
        let before = db.dump();
        let out = db.ast(&["--format", "json", "downgrade", "-2", "--dry-run"]);
        assert!(out.status.success(), "{d}: {}", stderr(&out));
        let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let revs: Vec<&str> = doc["trees"][0]["revisions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(revs, [t.at(t.len()).id, t.at(t.len() - 1).id], "{d}");
        assert_eq!(doc["trees"][0]["after"], t.at(t.len() - 2).id, "{d}");
        let sql = doc["trees"][0]["sql"].as_str().unwrap();
        assert!(
            sql.contains(&format!("downgrade {} ->", t.at(t.len()).id)),
            "{d}: {sql}"
        );
        assert_eq!(db.dump(), before, "{d}: the dry run changed the schema");
        assert_eq!(db.versions("config"), vec![t.at(t.len()).id.to_string()]);
        // It refuses as the run would: rows a downgrade to base drops.
        db.exec("INSERT INTO ps_endpoints (id) VALUES ('alice')");
        let out = db.ast(&["downgrade", "base", "--dry-run"]);
        assert_eq!(out.status.code(), Some(22), "{d}: {}", stderr(&out));
        let out = db.ast(&["downgrade", "base", "--dry-run", "--sql"]);
        assert_eq!(out.status.code(), Some(2), "{d}: --dry-run with --sql");
    }
}

#[test]
fn history_lists_without_a_database_and_takes_a_range() {
    let t = config();
    // A server that is not there: listed anyway, nothing marked, the reason said.
    let out = ast(&["--url", "mysql://root@127.0.0.1:1/nowhere", "history"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), t.len());
    assert!(!stdout(&out).contains("(current)"));
    assert!(
        stderr(&out).contains("not marking the current revision"),
        "{}",
        stderr(&out)
    );
    // -r START:END, both ends included, either side open.
    let (a, b) = (t.at(3).id, t.at(7).id);
    let out = ast(&["--dialect", "sqlite", "history", "-r", &format!("{a}:{b}")]);
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(lines[0].contains(&format!("-> {b},")) && lines[4].contains(&format!("-> {a},")));
    let out = ast(&["history", "-r", &format!("{b}:")]);
    assert_eq!(stdout(&out).lines().count(), t.len() - 6);
    let out = ast(&["history", "-r", ":head"]);
    assert_eq!(stdout(&out).lines().count(), t.len());
    let out = ast(&["history", "-r", &format!("{b}:{a}")]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    let out = ast(&["history", "-r", "nocolon"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // current: marks from the database's revision.
    let db = TestDb::new(Dialect::Sqlite, "history_range");
    db.ok(&["upgrade", t.at(5).id]);
    let out = db.ok(&["history", "-r", "current:"]);
    assert_eq!(out.lines().count(), t.len() - 4);
    assert!(out.lines().last().unwrap().contains("(current)"), "{out}");
}

/// `current` and `status` fit a screen on a database a release branch built: one
/// line says how many differences there are; `-v` lists them.
#[test]
fn current_and_status_are_short_and_v_has_the_details() {
    let db = TestDb::new(Dialect::Sqlite, "short_answers");
    db.ok(&["--asterisk", "13.38.3", "upgrade"]);
    for cmd in ["current", "status"] {
        let out = db.ok(&[cmd]);
        for l in out.lines() {
            assert!(
                l.chars().count() <= 150,
                "{cmd}: a line of {} characters: {l}",
                l.len()
            );
        }
        assert!(
            out.contains("difference(s) from Asterisk's main branch"),
            "{cmd}: {out}"
        );
        assert!(
            !out.contains("expected first"),
            "{cmd}: details without -v: {out}"
        );
        let verbose = db.ok(&["-v", cmd]);
        assert!(
            verbose.contains("(Asterisk's main branch expected first)"),
            "{cmd} -v: {verbose}"
        );
    }
}

#[test]
fn releases_is_an_aligned_table_with_a_filter() {
    let out = ast(&["releases"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("release ") && lines[0].contains("queue_log"),
        "{}",
        lines[0]
    );
    for l in &lines {
        assert!(
            l.chars().count() <= 150,
            "a line of {} characters: {l}",
            l.len()
        );
    }
    // Columns line up: each tree's column starts where its header does.
    let col = lines[0].find("cdr").unwrap();
    let row = lines.iter().find(|l| l.starts_with("22.10.1 ")).unwrap();
    assert_eq!(&row[col - 1..col], " ", "{row}");
    assert!(
        row[col..].starts_with(|c: char| c.is_ascii_hexdigit()),
        "{row}"
    );
    let only22 = stdout(&ast(&["releases", "22"]));
    assert!(
        only22.lines().skip(1).all(|l| l.starts_with("22.")),
        "{only22}"
    );
    assert!(only22.lines().count() > 2);
    let cdr = stdout(&ast(&["--tree", "cdr", "releases", "18.20"]));
    assert_eq!(
        cdr.lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["release", "cdr"]
    );
    assert!(
        cdr.lines()
            .skip(1)
            .all(|l| l.starts_with("18.20.") && l.split_whitespace().count() == 2),
        "{cdr}"
    );
    let out = ast(&["releases", "99"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}

/// asterisk-config: a release that still has chan_sip keeps it from loading, and
/// `--dir` over files that are there is a user error naming them.
#[test]
fn asterisk_config_knows_chan_sip_and_refuses_to_overwrite() {
    let db = TestDb::new(Dialect::Sqlite, "astcfg");
    db.ok(&["--asterisk", "18.20.2", "upgrade"]);
    let old = db.ok(&["--asterisk", "18.20.2", "asterisk-config"]);
    assert!(old.contains("noload => chan_sip.so"), "{old}");
    let new = db.ok(&["--asterisk", "22.10.1", "asterisk-config"]);
    assert!(!new.contains("chan_sip"), "{new}");
    let dir = common::TempDir::new("astcfg_dir");
    let d = dir.0.display().to_string();
    db.ok(&["asterisk-config", "--dir", &d]);
    let out = db.ast(&["asterisk-config", "--dir", &d]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("already exist(s)"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("modules.conf"), "{}", stderr(&out));
    db.ok(&["asterisk-config", "--dir", &d, "--force"]);
}
