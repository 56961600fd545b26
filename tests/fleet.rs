//! A fleet (`--url-file`): many databases in one run, with one report. The list
//! and its errors, the report (table and JSON), stopping at a failure, canaries,
//! and each database's failure reported with its own exit code and words while the
//! others go on (unreachable, wrong password, TLS refused, locked, unknown revision,
//! built by a release line, refused by the data-loss check; a half-done step is
//! resumed as for one database).

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{ast, stderr, stdout, TempDir, TestDb};
use serde_json::Value;

fn config() -> Tree {
    Tree::named("config").unwrap()
}

/// Writes the list and runs `ast-schema --url-file LIST args...`.
fn fleet(dir: &TempDir, list: &str, args: &[&str]) -> std::process::Output {
    let path = dir.0.join("fleet.list");
    std::fs::write(&path, list).unwrap();
    let path = path.display().to_string();
    let mut all = vec!["--url-file", path.as_str()];
    all.extend_from_slice(args);
    ast(&all)
}

/// The JSON lines of a fleet run: the objects per database (by name) and the summary.
fn json_lines(out: &std::process::Output) -> (Vec<Value>, Value) {
    let mut objs: Vec<Value> = stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    let summary = objs.pop().expect("a summary");
    assert!(summary.get("summary").is_some(), "{summary}");
    (objs, summary["summary"].clone())
}

fn by_name<'a>(objs: &'a [Value], name: &str) -> &'a Value {
    objs.iter()
        .find(|o| o["database"] == name)
        .unwrap_or_else(|| panic!("no {name} in {objs:?}"))
}

#[test]
fn a_malformed_list_is_refused_by_file_and_line_before_anything_runs() {
    let dir = TempDir::new("fleet-list");
    let a = dir.0.join("a.db");
    let cases = [
        (
            format!("# two tenants\nsqlite:///{}\n\nnope://x/y\n", a.display()),
            ":4: ",
            3,
        ),
        (
            format!(
                "sqlite:///{}\nsqlite:///{}/other/a.db\n",
                a.display(),
                dir.0.display()
            ),
            ":2: duplicate name a.db",
            3,
        ),
        (
            format!("x sqlite:///{} extra\n", a.display()),
            ":1: more than a name and a URL",
            3,
        ),
        ("# nothing\n\n".to_string(), "lists no database", 4),
        (
            format!(
                "acme mysql://u:hunter2@127.0.0.1:notaport/x\nsqlite:///{}\n",
                a.display()
            ),
            ":1: invalid database URL",
            3,
        ),
    ];
    for (list, says, code) in cases {
        let out = fleet(&dir, &list, &["upgrade"]);
        assert_eq!(out.status.code(), Some(code), "{list}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(says), "{list}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        assert!(!a.exists(), "{list}: a database was touched");
    }
    // --url beside --url-file is a usage error; so is a command without a database.
    let list = format!("sqlite:///{}\n", a.display());
    let out = fleet(&dir, &list, &["--url", "sqlite:///x.db", "current"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--url-file and --url"));
    for cmd in [&["history"][..], &["upgrade", "--sql"][..]] {
        let out = fleet(&dir, &list, cmd);
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {}", stderr(&out));
    }
    assert!(!a.exists());
}

#[test]
fn a_fleet_of_sqlite_files_is_upgraded_checked_and_reported() {
    let dir = TempDir::new("fleet-sqlite");
    let d = dir.0.display();
    let list = format!(
        "# tenants\nacme sqlite:///{d}/acme.db\n  sqlite:///{d}/beta.db\n\ngamma sqlite:///{d}/g.db\n"
    );
    let head = config().head().unwrap().id;
    let out = fleet(&dir, &list, &["upgrade"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0]
        .split_whitespace()
        .eq(["name", "from", "to", "time", "result"]));
    for name in ["acme", "beta.db", "gamma"] {
        let row = lines.iter().find(|l| l.starts_with(name)).unwrap();
        assert!(
            row.contains("base") && row.contains(head) && row.ends_with("upgraded"),
            "{row}"
        );
    }
    assert!(lines
        .last()
        .unwrap()
        .starts_with("3 databases: 3 succeeded, 0 failed, 0 not run"));

    // Nothing to do; status --exit-code says 0, verify passes, in JSON one object each.
    let out = fleet(&dir, &list, &["--format", "json", "upgrade", "--jobs", "2"]);
    let (objs, sum) = json_lines(&out);
    assert_eq!(objs.len(), 3);
    assert!(objs
        .iter()
        .all(|o| o["result"] == "nothing to do" && o["to"] == head));
    assert_eq!(sum["succeeded"], 3);
    assert_eq!(sum["exit_code"], 0);
    assert_eq!(by_name(&objs, "acme")["report"]["command"], "upgrade");
    let out = fleet(&dir, &list, &["status", "--exit-code", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let out = fleet(&dir, &list, &["verify"]);
    assert!(out.status.success(), "{}", stderr(&out));

    // One database behind: status --exit-code says 26 for the fleet.
    let beta = format!("sqlite:///{d}/beta.db");
    let one = ast(&["--url", &beta, "downgrade", "-1", "-q"]);
    assert!(one.status.success(), "{}", stderr(&one));
    let out = fleet(&dir, &list, &["--format", "json", "status", "--exit-code"]);
    assert_eq!(out.status.code(), Some(26), "{}", stderr(&out));
    let (objs, sum) = json_lines(&out);
    assert_eq!(by_name(&objs, "beta.db")["result"], "1 pending");
    assert_eq!(by_name(&objs, "acme")["result"], "up to date");
    assert_eq!(sum["pending"], true);

    // A dry run says what it would do and changes nothing.
    let out = fleet(&dir, &list, &["--format", "json", "upgrade", "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (objs, _) = json_lines(&out);
    assert_eq!(
        by_name(&objs, "beta.db")["result"],
        "would apply 1 revision"
    );
    assert_eq!(by_name(&objs, "gamma")["result"], "nothing to do");
    let out = fleet(&dir, &list, &["status", "--exit-code", "-q"]);
    assert_eq!(out.status.code(), Some(26), "{}", stderr(&out));

    // The list from stdin.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"))
        .args(["--url-file", "-", "current", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_first_failure_stops_the_fleet_and_a_failed_canary_stops_it_too() {
    let dir = TempDir::new("fleet-stop");
    let d = dir.0.display();
    // The first database is a directory: it cannot be opened.
    std::fs::create_dir_all(dir.0.join("bad.db")).unwrap();
    let list = format!("sqlite:///{d}/bad.db\nsqlite:///{d}/b.db\nsqlite:///{d}/c.db\n");
    let out = fleet(&dir, &list, &["--jobs", "1", "--format", "json", "upgrade"]);
    assert_eq!(out.status.code(), Some(29), "{}", stderr(&out));
    let (objs, sum) = json_lines(&out);
    assert_eq!(by_name(&objs, "bad.db")["ok"], false);
    assert_eq!(by_name(&objs, "b.db")["run"], false);
    assert_eq!(
        (sum["failed"].clone(), sum["not_run"].clone()),
        (1.into(), 2.into())
    );
    assert!(!dir.0.join("b.db").exists());
    let err = stderr(&out);
    assert!(err.contains("1 of 3 databases failed, 2 not run"), "{err}");

    // A canary that fails stops the fleet even with --keep-going.
    let out = fleet(&dir, &list, &["--canary", "1", "--keep-going", "upgrade"]);
    assert_eq!(out.status.code(), Some(29), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("canary bad.db failed"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.0.join("b.db").exists());

    // --keep-going runs the others.
    let out = fleet(&dir, &list, &["--keep-going", "-q", "upgrade"]);
    assert_eq!(out.status.code(), Some(29), "{}", stderr(&out));
    assert!(dir.0.join("b.db").exists() && dir.0.join("c.db").exists());
    let err = stderr(&out);
    assert!(err.contains("error: bad.db: "), "{err}");

    // The canary passes: the rest follow.
    let list = format!("sqlite:///{d}/b.db\nsqlite:///{d}/e.db\nsqlite:///{d}/f.db\n");
    let out = fleet(&dir, &list, &["--canary", "1", "-q", "upgrade"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.0.join("f.db").exists());
}

/// Every kind of trouble in one fleet on MariaDB, under --keep-going: each is
/// reported with its own exit code and words, and the others are done.
#[test]
fn each_database_keeps_its_own_failure_and_the_others_go_on() {
    let t = config();
    let head = t.head().unwrap().id;
    let first = t.at(1).id;
    let ok1 = TestDb::new(Dialect::Mysql, "fleet_ok");
    // A user with a password, and a URL with the wrong one.
    let pw = TestDb::new(Dialect::Mysql, "fleet_pw");
    let user = format!("fleet_u{}", std::process::id());
    pw.exec(&format!("DROP USER IF EXISTS '{user}'@'%'"));
    pw.exec(&format!(
        "CREATE USER '{user}'@'%' IDENTIFIED BY 'Right-Pass-77'"
    ));
    pw.exec(&format!(
        "GRANT ALL ON `{}`.* TO '{user}'@'%'",
        pw.database()
    ));
    // Locked by another runner past --lock-timeout.
    let locked = TestDb::new(Dialect::Mysql, "fleet_lock");
    locked.ok(&["upgrade", first]);
    let mut holder = locked.conn();
    assert!(holder.try_lock("config").unwrap());
    // At a revision no one knows.
    let unknown = TestDb::new(Dialect::Mysql, "fleet_unknown");
    unknown.ok(&["upgrade", "head"]);
    unknown.exec("UPDATE alembic_version_config SET version_num = 'abcdef123456'");
    // A half-done step from an earlier crash: the fourth CREATE of the second
    // revision failed after three had run.
    let half = TestDb::new(Dialect::Mysql, "fleet_half");
    half.ok(&["upgrade", first]);
    half.exec("CREATE TABLE ps_contacts (x INTEGER)");
    assert_eq!(half.ast(&["upgrade", "head"]).status.code(), Some(13));
    half.exec("DROP TABLE ps_contacts");
    // Built by a release line's scripts, without the main branch's columns.
    let branch = TestDb::new(Dialect::Mysql, "fleet_branch");
    branch.ok(&["--asterisk", "20.20.1", "upgrade"]);

    let dir = TempDir::new("fleet-failures");
    let list = format!(
        "ok1 {}\nunreachable mysql://root@127.0.0.1:1/nowhere\nwrongpw {}\nrightpw {}\nlocked {}\nunknown {}\nhalf {}\ntls {}?ssl_mode=REQUIRED\nbranch {}\n",
        ok1.url,
        pw.server_url(&user, Some("Wrong-Pass-66"), &pw.database()),
        pw.server_url(&user, Some("Right-Pass-77"), &pw.database()),
        locked.url,
        unknown.url,
        half.url,
        ok1.url,
        branch.url,
    );
    let out = fleet(
        &dir,
        &list,
        &[
            "--keep-going",
            "--jobs",
            "3",
            "--lock-timeout",
            "1",
            "--format",
            "json",
            "upgrade",
        ],
    );
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        !all.contains("Wrong-Pass-66") && !all.contains("Right-Pass-77"),
        "{all}"
    );
    assert_eq!(out.status.code(), Some(29), "{all}");
    let (objs, sum) = json_lines(&out);
    let code = |n: &str| by_name(&objs, n)["exit_code"].as_i64().unwrap();
    let error = |n: &str| {
        by_name(&objs, n)["error"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(code("ok1"), 0);
    assert_eq!(code("rightpw"), 0, "{}", error("rightpw"));
    assert_eq!(code("half"), 0, "{}", error("half"));
    assert_eq!(code("unreachable"), 5, "{}", error("unreachable"));
    assert_eq!(code("wrongpw"), 6, "{}", error("wrongpw"));
    assert_eq!(code("locked"), 15, "{}", error("locked"));
    assert!(error("locked").contains("lock"), "{}", error("locked"));
    assert_eq!(code("unknown"), 11, "{}", error("unknown"));
    assert!(
        error("unknown").contains("abcdef123456"),
        "{}",
        error("unknown")
    );
    assert_eq!(code("tls"), 6, "{}", error("tls"));
    assert!(error("tls").contains("TLS"), "{}", error("tls"));
    assert_eq!(code("branch"), 19, "{}", error("branch"));
    assert!(error("branch").contains("reconcile"), "{}", error("branch"));
    assert_eq!(
        (sum["succeeded"].clone(), sum["failed"].clone()),
        (3.into(), 6.into())
    );
    assert_eq!(ok1.versions("config"), vec![head.to_string()]);
    assert_eq!(half.versions("config"), vec![head.to_string()]);
    assert_eq!(locked.versions("config"), vec![first.to_string()]);
    half.ok(&["verify"]);

    // The lock released, the same command finishes the locked one; the text report
    // names each failure and hides the passwords.
    holder.unlock("config").unwrap();
    let out = fleet(&dir, &list, &["--keep-going", "upgrade"]);
    assert_eq!(out.status.code(), Some(29), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(!table.contains("Wrong-Pass-66"), "{table}");
    let row = |n: &str| {
        table
            .lines()
            .find(|l| l.starts_with(&format!("{n} ")))
            .unwrap_or_else(|| panic!("no {n}: {table}"))
            .to_string()
    };
    assert!(row("locked").ends_with("upgraded"), "{table}");
    assert!(row("wrongpw").contains("failed (exit 6)"), "{table}");
    assert!(row("ok1").ends_with("nothing to do"), "{table}");
    assert_eq!(locked.versions("config"), vec![head.to_string()]);

    // Refused by the data-loss check on the way down; the empty one goes down.
    ok1.add_phone("100");
    let list = format!("full {}\nempty {}\n", ok1.url, locked.url);
    let out = fleet(
        &dir,
        &list,
        &["--keep-going", "--format", "json", "downgrade", "base"],
    );
    assert_eq!(out.status.code(), Some(29), "{}", stderr(&out));
    let (objs, _) = json_lines(&out);
    assert_eq!(by_name(&objs, "full")["exit_code"], 22);
    assert_eq!(by_name(&objs, "empty")["exit_code"], 0);
    assert_eq!(ok1.versions("config"), vec![head.to_string()]);
    pw.exec(&format!("DROP USER IF EXISTS '{user}'@'%'"));
}

/// `--jobs N` holds at most N connections to the server at any moment (one per
/// database being worked on; the parent opens none).
#[test]
fn jobs_bound_the_connections_to_a_server() {
    let dbs: Vec<TestDb> = (0..6)
        .map(|_| TestDb::new(Dialect::Mysql, "fleet_conns"))
        .collect();
    let names: Vec<String> = dbs.iter().map(TestDb::database).collect();
    let dir = TempDir::new("fleet-conns");
    let list: String = dbs.iter().map(|d| format!("{}\n", d.url)).collect();
    std::fs::write(dir.0.join("l"), list).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"))
        .arg("--url-file")
        .arg(dir.0.join("l"))
        .args(["--jobs", "2", "-q", "upgrade"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut watcher = dbs[0].conn();
    let (mut most, mut seen) = (0, 0);
    let in_list = names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    while child.try_wait().unwrap().is_none() {
        let rows = watcher
            .query(&format!(
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db IN ({in_list}) AND id <> CONNECTION_ID()"
            ))
            .unwrap();
        let n: usize = rows[0][0].as_deref().unwrap().parse().unwrap();
        most = most.max(n);
        seen += usize::from(n > 0);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(child.wait().unwrap().success());
    assert!(seen > 0, "never saw the fleet connected");
    assert!(most <= 2, "{most} connections with --jobs 2");
}
