//! Asterisk releases: the release table is consistent, `--asterisk R` builds what
//! R's own scripts build, `current` names the releases a database matches and says
//! when its columns are a branch's, and `reconcile` brings such a database onto the
//! master line with its rows, after which `upgrade head` gives master's head schema
//! exactly. (The comparison with each release's published SQL needs an Asterisk
//! checkout: `scripts/check-releases`.)

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::releases;
use ast_schema::definitions::revision::Tree;
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
            releases::chain(r, t).unwrap_or_else(|e| panic!("{e}"));
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
                let (Some(ta), Some(tb)) = (
                    releases::chain(a, t).unwrap(),
                    releases::chain(b, t).unwrap(),
                ) else {
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
            ast_schema::definitions::migration::parse(v.file, v.source)
                .unwrap_or_else(|e| panic!("{e}"));
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
    let listing = stdout(&common::ast(&["-v", "releases"]));
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with("20.20.1") && l.contains("24c12d8e9014 as in 18.22.0")),
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
        let chain = releases::chain(r, &Tree::named("config").unwrap())
            .unwrap()
            .unwrap();
        for d in dialects {
            let db = TestDb::new(d, "line");
            db.ok(&["--asterisk", rel, "upgrade"]);
            assert_eq!(
                db.versions("config"),
                vec![chain.head().unwrap().id.to_string()],
                "{rel} {d}"
            );
            db.ok(&["--asterisk", rel, "verify"]);
            let cur: serde_json::Value =
                serde_json::from_str(&db.ok(&["--format", "json", "current"])).unwrap();
            let named: Vec<&str> = cur["trees"][0]["releases"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
            assert!(named.contains(rel), "{rel} {d}: {cur}");
        }
    }
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
        assert!(cur.contains("schema of Asterisk 20.20.x"), "{d}: {cur}");
        assert!(
            cur.contains("as shipped by 20.x: 1 difference(s) from Asterisk's main branch"),
            "{d}: {cur}"
        );
        let cur = db.ok(&["-v", "current"]);
        assert!(
            cur.contains("lacks ps_registrations.user_agent of Asterisk's main branch"),
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

/// Downgrades marked broken whose failure the schema model cannot see: the server
/// rejects the statement itself (539f68bede2c's unquoted `USING 100rel::...`).
const REJECTED_BY_THE_SERVER: &[(&str, Dialect)] = &[
    (
        "migrations/config/variants/16.30.0/539f68bede2c.toml",
        Dialect::Postgresql,
    ),
    (
        "migrations/config/variants/18.16.0/539f68bede2c.toml",
        Dialect::Postgresql,
    ),
];

/// A few branch variants keep a downgrade that fails in Asterisk's own script (Alembic
/// fails there too). Each such file says so in `broken_downgrade`, on exactly the
/// dialects where it fails, and every other variant's downgrade applies.
#[test]
fn every_failing_branch_downgrade_is_marked_on_exactly_its_dialects() {
    use ast_schema::model::Schema;
    let mut seen = std::collections::BTreeMap::new();
    let mut chains = std::collections::HashSet::new();
    let mut wrong = std::collections::BTreeSet::new();
    for r in releases::all().unwrap() {
        for t in Tree::all() {
            let Some(chain) = releases::chain(r, &t).unwrap() else {
                continue;
            };
            let key: Vec<String> = (1..=chain.len()).map(|p| chain.at(p).key()).collect();
            if !chains.insert(key) {
                continue;
            }
            for d in Dialect::ALL {
                let mut s = Schema::default();
                for p in 1..=chain.len() {
                    let m = chain.migration(p).unwrap();
                    for st in m.upgrade.iter().filter(|s| s.applies_to(d)) {
                        s.apply(&st.op, d)
                            .unwrap_or_else(|e| panic!("{} on {d}: {e}", chain.at(p).file));
                    }
                    if chain.at(p).variant.is_none() {
                        continue;
                    }
                    let mut down = s.clone();
                    let fails = m
                        .downgrade
                        .iter()
                        .filter(|s| s.applies_to(d))
                        .any(|st| down.apply(&st.op, d).is_err());
                    let marked = m.downgrade_broken_on(d).is_some();
                    let fails = fails || REJECTED_BY_THE_SERVER.contains(&(chain.at(p).file, d));
                    let was = seen.insert((chain.at(p).file, d), fails);
                    assert!(was.is_none_or(|w| w == fails), "{}", chain.at(p).file);
                    if fails != marked {
                        wrong.insert(format!(
                            "{} on {d}: the downgrade {} but the file {}",
                            chain.at(p).file,
                            if fails { "fails" } else { "applies" },
                            if marked {
                                "marks it broken"
                            } else {
                                "does not say so"
                            }
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    let broken: Vec<String> = seen
        .iter()
        .filter(|(_, f)| **f)
        .map(|((file, d), _)| format!("{file} on {d}"))
        .collect();
    assert!(!broken.is_empty(), "no failing downgrade was found at all");
}

/// A release whose own downgrade fails can still be climbed revision by revision; its
/// downgrade is refused before anything runs, with exit 20 and the way out; after
/// `reconcile` the master line's downgrade takes it to base.
#[test]
fn a_release_downgrade_that_fails_in_asterisk_is_refused_untouched() {
    for d in DIALECTS {
        let db = TestDb::new(d, "brk");
        // Step by step from a revision in the middle: placing the database must not
        // need the downgrade that cannot run.
        db.ok(&["--asterisk", "13.4.0", "upgrade", "43956d550a44"]);
        db.ok(&["--asterisk", "13.4.0", "upgrade", "+1"]);
        db.ok(&["--asterisk", "13.4.0", "current"]);
        db.ok(&["--asterisk", "13.4.0", "upgrade"]);
        insert_rows(&db);
        let (before, version) = (db.dump(), db.versions("config"));
        let out = db.ast(&["--asterisk", "13.4.0", "downgrade", "base"]);
        assert_eq!(out.status.code(), Some(20), "{d}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with("error: cannot downgrade 31cd4f4891ec (Add auto DTMF mode) on")
                && err.contains("as Asterisk 13.4.0 ships it")
                && err.contains("ps_endpoints.directmedia")
                && err.contains("reconcile")
                && err.lines().count() == 1,
            "{d}: {err}"
        );
        assert_eq!(
            db.dump(),
            before,
            "{d}: the refused downgrade changed the schema"
        );
        assert_eq!(db.versions("config"), version, "{d}");
        check_rows(&db, &format!("{d} after the refusal"));
        // The offline script is refused the same way.
        let out = common::ast(&[
            "--asterisk",
            "13.4.0",
            "--dialect",
            d.name(),
            "downgrade",
            "head:base",
            "--sql",
        ]);
        assert_eq!(out.status.code(), Some(20), "{d}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{d}: printed a partial script");
        db.ok(&["reconcile"]);
        // The rows go with the tables: said, and refused until allowed.
        let loss = db.ast(&["downgrade", "base"]);
        assert_eq!(loss.status.code(), Some(22), "{d}: {}", stderr(&loss));
        db.ok(&["--allow-data-loss", "downgrade", "base"]);
        let mut left = db.tables();
        left.retain(|t| !t.starts_with("ast_schema_"));
        assert_eq!(left, vec!["alembic_version_config".to_string()], "{d}");
    }
}
