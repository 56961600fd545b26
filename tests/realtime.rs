//! The realtime companion: `asterisk-config` configures exactly the tables present,
//! and `lint` names each seeded problem in the tutorial's endpoints 101/102 and
//! nothing else, on every database; `--fix-escapes` repairs the semicolons.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

fn insert(db: &TestDb, table: &str, cols: &[(&str, &str)]) {
    let d = db.dialect;
    let names: Vec<String> = cols.iter().map(|c| d.ident(c.0).into_owned()).collect();
    let values: Vec<String> = cols.iter().map(|c| d.literal(c.1)).collect();
    db.exec(&format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        names.join(", "),
        values.join(", ")
    ));
}

/// The Asterisk tutorial's two phones, 101 and 102, with endpoint, auth and aor.
fn tutorial(db: &TestDb) {
    for n in ["101", "102"] {
        insert(db, "ps_aors", &[("id", n), ("max_contacts", "1")]);
        insert(
            db,
            "ps_auths",
            &[
                ("id", n),
                ("auth_type", "userpass"),
                ("username", n),
                ("password", n),
            ],
        );
        insert(
            db,
            "ps_endpoints",
            &[
                ("id", n),
                ("transport", "transport-udp"),
                ("aors", n),
                ("auth", n),
                ("context", "from-internal"),
                ("disallow", "all"),
                ("allow", "ulaw"),
            ],
        );
    }
}

/// Seeds one problem of each kind; returns the lines lint must print, in order.
fn seed_problems(db: &TestDb) -> Vec<String> {
    db.exec("UPDATE ps_auths SET password = 'pa;ss' WHERE id = '102'");
    db.exec("UPDATE ps_endpoints SET callerid = 'Bob;x <102>' WHERE id = '102'");
    db.exec("UPDATE ps_endpoints SET identify_by = 'username,usrname' WHERE id = '101'");
    insert(
        db,
        "ps_endpoints",
        &[
            ("id", "103"),
            ("aors", "101,nope"),
            ("auth", "gone"),
            ("outbound_auth", "102,missing"),
        ],
    );
    insert(db, "ps_aors", &[("id", "nomax")]);
    let mut want = vec![
        "error ps_auths 102 password: literal ';' in the value: realtime reads it as the start of a comment; store it as ^3B".to_string(),
        "error ps_endpoints 101 identify_by: \"usrname\" is not one of the allowed values (username, auth_username, ip, header, request_uri)".to_string(),
        "error ps_endpoints 102 callerid: literal ';' in the value: realtime reads it as the start of a comment; store it as ^3B".to_string(),
        "error ps_endpoints 103 aors: ps_aors has no id \"nope\"".to_string(),
        "error ps_endpoints 103 auth: ps_auths has no id \"gone\"".to_string(),
        "error ps_endpoints 103 outbound_auth: ps_auths has no id \"missing\"".to_string(),
        "warning ps_aors nomax max_contacts: unset (0): this aor accepts no registrations".to_string(),
    ];
    // MySQL's case-insensitive collation keeps such twins out of a unique id column.
    if db.dialect != Dialect::Mysql {
        insert(db, "ps_aors", &[("id", "Alice"), ("max_contacts", "1")]);
        insert(db, "ps_aors", &[("id", "alice"), ("max_contacts", "1")]);
        want.push("warning ps_aors alice id: differs from id \"Alice\" only in case".to_string());
    }
    want.sort();
    want
}

fn lint_lines(db: &TestDb, args: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = db.ast(args);
    let mut lines: Vec<String> = stdout(&out)
        .lines()
        .filter(|l| l.starts_with("error ") || l.starts_with("warning "))
        .map(str::to_string)
        .collect();
    lines.sort();
    (out.status.code(), lines)
}

#[test]
fn lint_names_each_problem_and_nothing_else() {
    for d in DIALECTS {
        let db = TestDb::new(d, "lint");
        db.ok(&["upgrade", "head"]);
        tutorial(&db);
        let out = db.ast(&["lint"]);
        assert!(
            out.status.success(),
            "{d}: a clean tutorial database has findings: {}",
            stdout(&out)
        );
        assert_eq!(stdout(&out), "");
        let want = seed_problems(&db);
        let (code, got) = lint_lines(&db, &["lint"]);
        assert_eq!(got, want, "{d}");
        assert_eq!(code, Some(18), "{d}");
        // JSON: the same findings, parsed.
        let out = db.ast(&["--format", "json", "lint"]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(v["findings"].as_array().unwrap().len(), want.len(), "{d}");
        assert_eq!(v["error"]["exit_code"], 18);
        // The password itself is never printed.
        assert!(!stdout(&db.ast(&["lint"])).contains("pa;ss"));
    }
}

#[test]
fn fix_escapes_rewrites_semicolons_in_one_go() {
    for d in DIALECTS {
        let db = TestDb::new(d, "fix");
        db.ok(&["upgrade", "head"]);
        tutorial(&db);
        seed_problems(&db);
        // --sql prints the UPDATEs and changes nothing.
        let out = db.ast(&["lint", "--fix-escapes", "--sql"]);
        let sql = stdout(&out);
        assert!(
            sql.contains("UPDATE ps_auths SET password = 'pa^3Bss' WHERE id = '102';"),
            "{d}: {sql}"
        );
        assert!(sql.contains("COMMIT;"), "{sql}");
        assert_eq!(
            db.query("SELECT password FROM ps_auths WHERE id = '102'")[0][0].as_deref(),
            Some("pa;ss")
        );
        // Now for real.
        let out = db.ast(&["lint", "--fix-escapes"]);
        let text = stdout(&out);
        assert!(
            text.contains("fixed ps_auths 102 password: 1 ';' replaced by ^3B"),
            "{d}: {text}"
        );
        assert!(
            text.contains("fixed ps_endpoints 102 callerid: \"Bob;x <102>\" -> \"Bob^3Bx <102>\""),
            "{d}: {text}"
        );
        assert!(
            !text.contains("pa;ss") && !text.contains("pa^3Bss"),
            "a password was printed"
        );
        assert!(
            !text.contains("literal ';'"),
            "{d}: semicolons remain: {text}"
        );
        assert_eq!(
            out.status.code(),
            Some(18),
            "the other errors remain: {}",
            stderr(&out)
        );
        assert_eq!(
            db.query("SELECT password FROM ps_auths WHERE id = '102'")[0][0].as_deref(),
            Some("pa^3Bss")
        );
        assert_eq!(
            db.query("SELECT callerid FROM ps_endpoints WHERE id = '102'")[0][0].as_deref(),
            Some("Bob^3Bx <102>")
        );
    }
}

#[test]
fn asterisk_config_covers_exactly_the_tables_present() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "astconf");
        db.ok(&["upgrade", t.at(2).id]);
        let early = stdout(&db.ast(&["asterisk-config", "--odbc-name", "astdb"]));
        for table in [
            "ps_endpoints",
            "ps_auths",
            "ps_aors",
            "ps_contacts",
            "ps_domain_aliases",
            "ps_endpoint_id_ips",
        ] {
            assert!(
                early.contains(&format!("{table} => odbc,astdb\n")),
                "{d}: {table} missing:\n{early}"
            );
        }
        assert!(early.contains("[res_pjsip]\nendpoint=realtime,ps_endpoints\nauth=realtime,ps_auths\naor=realtime,ps_aors\n"), "{early}");
        assert!(
            early.contains(
                "[res_pjsip_endpoint_identifier_ip]\nidentify=realtime,ps_endpoint_id_ips\n"
            ),
            "{early}"
        );
        assert!(
            early.contains("sipusers => odbc,astdb,sippeers\n"),
            "{early}"
        );
        assert!(
            !early.contains("ps_transports") && !early.contains("ps_registrations"),
            "{d}: tables that do not exist yet:\n{early}"
        );
        assert!(early.contains("preload => res_odbc.so\npreload => res_config_odbc.so\n"));
        assert!(early.contains("; ---- /etc/asterisk/extconfig.conf ----"));
        db.ok(&["upgrade", "head"]);
        let head = stdout(&db.ast(&["asterisk-config"]));
        for table in [
            "ps_transports",
            "ps_registrations",
            "ps_globals",
            "ps_systems",
            "ps_resource_list",
        ] {
            assert!(
                head.contains(&format!("{table} => odbc,asterisk\n")),
                "{d}: {table} missing at head"
            );
        }
        assert!(
            head.contains(
                "[res_pjsip_outbound_registration]\nregistration=realtime,ps_registrations\n"
            ),
            "{head}"
        );
    }
}
