//! Asterisk releases: the release table is consistent, `--asterisk R` builds what
//! R's own scripts build, `current` names the releases a database matches and says
//! when its columns are a branch's, and `reconcile` brings such a database onto the
//! master line with its rows, after which `upgrade head` gives master's head schema
//! exactly. (The comparison with each release's published SQL needs an Asterisk
//! checkout: `scripts/check-releases`.)

mod common;

use ast_schema::dialect::Dialect;
use ast_schema::releases;
use ast_schema::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

#[test]
fn every_release_resolves_to_known_revisions_and_lines_never_go_backwards() {
    let all = releases::all().unwrap();
    assert!(
        all.len() > 400,
        "the release table has {} releases",
        all.len()
    );
    let trees: Vec<Tree> = Tree::all().collect();
    let mut lines: Vec<&str> = all.iter().map(|r| r.line.as_str()).collect();
    lines.dedup();
    for r in all {
        for t in &trees {
            // Resolving checks every item names one of our revisions or variants and
            // that each links to the one before it.
            r.tree(t).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    for line in [
        "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23",
    ] {
        assert!(
            all.iter().any(|r| r.line == line),
            "no release of line {line}"
        );
    }
    for line in &lines {
        let members: Vec<&releases::Release> = all.iter().filter(|r| r.line == *line).collect();
        for pair in members.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(
                releases::version_key(&a.name) < releases::version_key(&b.name),
                "{} after {}",
                a.name,
                b.name
            );
            for t in &trees {
                let (Some(ta), Some(tb)) = (a.tree(t).unwrap(), b.tree(t).unwrap()) else {
                    assert!(
                        a.items(t.name).is_none() || b.items(t.name).is_some(),
                        "{} drops tree {}",
                        b.name,
                        t.name
                    );
                    continue;
                };
                let head = ta.head().unwrap().id;
                assert!(
                    tb.position(head).is_some() && tb.len() >= ta.len() - ta.len().min(3),
                    "{} ({}) does not contain {}'s head {head}: the line went backwards",
                    b.name,
                    t.name,
                    a.name
                );
            }
        }
    }
}

#[test]
fn every_variant_is_used_by_some_release() {
    let all = releases::all().unwrap();
    for t in Tree::all() {
        let embedded = Tree::embedded(t.name).unwrap();
        for v in embedded.variants {
            let key = v.key();
            let used = all
                .iter()
                .any(|r| r.items(t.name).is_some_and(|items| items.contains(&key)));
            assert!(used, "{} is used by no release", v.file);
            t.migration(1).unwrap();
            ast_schema::migration::parse(v.file, v.source).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn release_targets_and_their_errors() {
    let newest22 = releases::all()
        .unwrap()
        .iter()
        .filter(|r| r.line == "22")
        .map(|r| r.name.as_str())
        .next_back()
        .unwrap();
    assert_eq!(releases::find("22").unwrap().name, newest22);
    assert_eq!(
        releases::find("certified/18.9-cert4").unwrap().name,
        "certified-18.9-cert4"
    );
    let out = common::ast(&[
        "--asterisk",
        "20.10.5",
        "--dialect",
        "mysql",
        "upgrade",
        "--sql",
    ]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("unknown Asterisk release \"20.10.5\" (nearest known: 20.10.0, 20.11.0)"),
        "{}",
        stderr(&out)
    );
    let listing = stdout(&common::ast(&["releases"]));
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with("20.20.1") && l.contains("24c12d8e9014@18.22.0")),
        "{listing}"
    );
}

/// One release of every major line: `upgrade --asterisk R` gives R's head, R's chain's
/// schema, and `current` names R.
#[test]
fn each_line_builds_its_own_schema() {
    let picks = [
        "12.8.2", "13.38.3", "14.7.8", "15.7.4", "16.30.1", "17.9.4", "18.26.4", "19.8.1",
        "20.20.1", "21.12.3", "22.10.1", "23.4.1",
    ];
    for (i, rel) in picks.iter().enumerate() {
        // SQLite for every line, and each server for every other line.
        let dialects: Vec<Dialect> = match i % 3 {
            0 => vec![Dialect::Sqlite, Dialect::Mysql],
            1 => vec![Dialect::Sqlite, Dialect::Postgresql],
            _ => vec![Dialect::Sqlite],
        };
        let r = releases::find(rel).unwrap();
        let chain = r.tree(&Tree::named("config").unwrap()).unwrap().unwrap();
        for d in dialects {
            let db = TestDb::new(d, "line");
            db.ok(&["--asterisk", rel, "upgrade"]);
            assert_eq!(
                db.versions("config"),
                vec![chain.head().unwrap().id.to_string()],
                "{rel} {d}"
            );
            db.ok(&["--asterisk", rel, "verify"]);
            let cur = db.ok(&["current"]);
            let named = cur
                .lines()
                .find(|l| l.contains("schema of Asterisk"))
                .unwrap_or_else(|| panic!("{rel} {d}: {cur}"));
            assert!(
                named.contains(rel) || names_in_range(named, rel),
                "{rel} {d}: {cur}"
            );
        }
    }
}

/// Whether `rel` falls inside one of the `a-b` ranges of a `schema of Asterisk` line.
fn names_in_range(line: &str, rel: &str) -> bool {
    let list = line.split("schema of Asterisk ").nth(1).unwrap_or("");
    let all = releases::all().unwrap();
    let idx = |n: &str| all.iter().position(|r| r.name == n);
    list.split(", ").any(|part| match part.split_once('-') {
        Some((a, b)) if !a.starts_with("certified") || b.starts_with("certified") => {
            matches!((idx(a), idx(b), idx(rel)), (Some(x), Some(y), Some(z)) if x <= z && z <= y)
        }
        _ => part == rel,
    })
}

fn insert_rows(db: &TestDb) {
    db.exec("INSERT INTO ps_endpoints (id, aors, auth) VALUES ('101', '101', '101')");
    db.exec("INSERT INTO ps_aors (id, max_contacts) VALUES ('101', 1)");
    db.exec("INSERT INTO ps_auths (id, username, password) VALUES ('101', '101', 'pw101')");
}

fn check_rows(db: &TestDb, what: &str) {
    assert_eq!(
        db.query("SELECT aors, auth FROM ps_endpoints WHERE id = '101'"),
        vec![vec![Some("101".into()), Some("101".into())]],
        "{what}"
    );
    let max = db.query("SELECT max_contacts FROM ps_aors WHERE id = '101'");
    assert_eq!(max[0][0].as_deref().map(str::trim), Some("1"), "{what}");
    assert_eq!(
        db.query("SELECT password FROM ps_auths WHERE id = '101'")[0][0].as_deref(),
        Some("pw101"),
        "{what}"
    );
}

#[test]
fn a_branch_built_database_is_named_refused_and_reconciled() {
    for d in DIALECTS {
        let reference = TestDb::new(d, "rec_ref");
        reference.ok(&["upgrade", "head"]);
        let db = TestDb::new(d, "rec20");
        db.ok(&["--asterisk", "20.20.1", "upgrade"]);
        insert_rows(&db);
        let cur = db.ok(&["current"]);
        assert!(
            cur.contains("schema of Asterisk 20.20.0-20.20.1"),
            "{d}: {cur}"
        );
        assert!(
            cur.contains(
                "as shipped by 20.x; lacks ps_registrations.user_agent of the master line"
            ),
            "{d}: {cur}"
        );
        // A plain upgrade would leave it without the column forever: it is refused.
        let out = db.ast(&["upgrade", "head"]);
        assert_eq!(out.status.code(), Some(19), "{d}: {}", stderr(&out));
        assert!(stderr(&out).contains("reconcile"), "{}", stderr(&out));
        let out = db.ok(&["reconcile"]);
        assert!(
            out.contains("add_column ps_registrations.user_agent"),
            "{d}: {out}"
        );
        db.ok(&["upgrade", "head"]);
        assert_eq!(db.dump(), reference.dump(), "{d}: not master's head schema");
        check_rows(&db, &format!("{d} after reconcile"));
    }
}

#[test]
fn reconcile_takes_divergent_releases_to_master_head_exactly() {
    let cases = [
        "12.8.2",
        "13.38.3",
        "16.30.1",
        "certified-13.1-cert8",
        "certified-18.9-cert18",
    ];
    for d in DIALECTS {
        let reference = TestDb::new(d, "recd_ref");
        reference.ok(&["upgrade", "head"]);
        for rel in cases {
            let db = TestDb::new(d, "recd");
            db.ok(&["--asterisk", rel, "upgrade"]);
            insert_rows(&db);
            let script = db.ok(&["reconcile", "--sql"]);
            assert!(
                script.contains("-- ast-schema reconcile: config at"),
                "{script}"
            );
            db.ok(&["reconcile"]);
            db.ok(&["verify"]);
            db.ok(&["upgrade", "head"]);
            assert_eq!(
                db.dump(),
                reference.dump(),
                "{rel} on {d}: not master's head schema after reconcile"
            );
            check_rows(&db, &format!("{rel} on {d}"));
            let out = db.ok(&["reconcile"]);
            assert!(out.contains("nothing to do"), "{rel} on {d}: {out}");
        }
    }
}

#[test]
fn moving_between_a_release_and_the_master_line() {
    for d in DIALECTS {
        let fresh20 = TestDb::new(d, "mv_fresh20");
        fresh20.ok(&["--asterisk", "20.20.1", "upgrade"]);
        // Down from master's head to 20.20.1: along master, then onto 20.x's chain.
        let db = TestDb::new(d, "mv");
        db.ok(&["upgrade", "head"]);
        insert_rows(&db);
        let out = db.ok(&["--asterisk", "20.20.1", "downgrade"]);
        assert!(
            out.contains("drop_column ps_registrations.user_agent"),
            "{d}: {out}"
        );
        assert_eq!(db.dump(), fresh20.dump(), "{d}: not 20.20.1's schema");
        // And up to 22 keeping the rows.
        db.ok(&["--asterisk", "22", "upgrade"]);
        let fresh22 = TestDb::new(d, "mv_fresh22");
        fresh22.ok(&["--asterisk", "22", "upgrade"]);
        assert_eq!(db.dump(), fresh22.dump(), "{d}: not 22's schema");
        check_rows(&db, &format!("{d} after the moves"));
        // The release's offline script builds the same as the online command.
        let piped = TestDb::new(d, "mv_sql");
        let out = common::ast(&[
            "--asterisk",
            "20.20.1",
            "--dialect",
            d.name(),
            "upgrade",
            "--sql",
        ]);
        piped.pipe_to_client(&stdout(&out));
        assert_eq!(piped.dump(), fresh20.dump(), "{d}: --sql differs");
    }
}
