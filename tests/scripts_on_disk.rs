//! Revisions this build does not carry, met the way a site meets them: a newer
//! Asterisk's Alembic script in the `ast-db-manage` folder its ini points at (read at
//! run time with the importer), and a site's own migration files (`--migrations`,
//! written by `revision -m`).
//!
//! The "next release" is Asterisk 22.10.1's own scripts (read at run time from
//! `../shared/asterisk/ast-db-manage.sh`) with `tests/fixtures/next_release.py`
//! added: an added column, a new enum column, a value added to an existing enum and
//! a step only PostgreSQL takes. What Asterisk's own Alembic builds with it on
//! MariaDB and PostgreSQL is recorded in `tests/reference/next/`
//! (`scripts/reference-dumps --next`).

mod common;

use std::path::{Path, PathBuf};

use ast_schema::definitions::dialect::Dialect;
use common::{ast_db_manage, ast_in, reference_state, stderr, stdout, TempDir, TestDb};

const NEXT: &str = "5a17e57c0de1";
const BELOW: &str = "e89e30cee53f";

/// 22.10.1's ast-db-manage with the next release's script added.
fn next_release() -> TempDir {
    let adm = ast_db_manage("22.10.1");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/next_release.py");
    std::fs::copy(
        &fixture,
        adm.0
            .join("config/versions/5a17e57c0de1_add_site_test_columns.py"),
    )
    .unwrap();
    adm
}

/// Asterisk's own config.ini.sample with its URL set to `url`, as a user edits it.
fn write_ini(adm: &Path, url: &str) -> PathBuf {
    let sample = std::fs::read_to_string(adm.join("config.ini.sample")).unwrap();
    let text: Vec<String> = sample
        .lines()
        .map(|l| {
            if l.starts_with("sqlalchemy.url") {
                format!("sqlalchemy.url = {}", url.replace('%', "%%"))
            } else {
                l.to_string()
            }
        })
        .collect();
    let ini = adm.join("config.ini");
    std::fs::write(&ini, text.join("\n") + "\n").unwrap();
    ini
}

/// Runs the binary from the ast-db-manage folder, as Alembic is run.
fn run_in(adm: &Path, args: &[&str]) -> std::process::Output {
    ast_in(args, Some(adm))
}

fn ok_in(adm: &Path, args: &[&str]) -> String {
    let out = run_in(adm, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out) + &stderr(&out)
}

fn lines(s: &str) -> String {
    s.lines().collect::<Vec<_>>().join("\n")
}

/// `-c config.ini upgrade head` with a script this build lacks builds what Alembic
/// builds with it, and everything else follows: status, verify, history, --sql,
/// downgrade, and the exit-11 hint without the scripts.
fn next_release_like_alembic(d: Dialect) {
    let adm = next_release();
    let db = TestDb::new(d, "next");
    write_ini(&adm.0, &db.url);
    let ini = |args: &[&str]| -> String {
        let mut all = vec!["-c", "config.ini"];
        all.extend_from_slice(args);
        ok_in(&adm.0, &all)
    };

    let up = ini(&["upgrade", "head"]);
    assert!(
        up.contains(&format!("{NEXT} from "))
            && up.contains("5a17e57c0de1_add_site_test_columns.py"),
        "{d}: which revision came from disk is said: {up}"
    );
    let (want, version) = reference_state(&format!("next/config-{d}.steps"));
    assert_eq!(version, NEXT);
    assert_eq!(db.versions("config"), vec![NEXT.to_string()], "{d}");
    assert_eq!(lines(&db.dump()), want, "{d}: the schema Alembic builds");

    let verify = ini(&["verify"]);
    assert!(verify.contains("matches"), "{d}: {verify}");
    let status = ini(&["status"]);
    assert!(
        status.contains(NEXT) && status.contains("read from"),
        "{d}: {status}"
    );
    let applied = ini(&["history", "--applied"]);
    assert!(applied.contains(NEXT), "{d}: {applied}");

    // Without the scripts, the database is not refused silently: exit 11 says what to pass.
    let bare = db.ast(&["current"]);
    assert_eq!(bare.status.code(), Some(11), "{d}: {}", stderr(&bare));
    assert!(
        stderr(&bare).contains(NEXT) && stderr(&bare).contains("-c config.ini"),
        "{d}: {}",
        stderr(&bare)
    );

    // Down to the release it sits on: what 22.10.1's own Alembic builds.
    ini(&["downgrade", BELOW]);
    let (rel, rel_version) = reference_state(&format!("releases/22.10.1/config-{d}.steps"));
    assert_eq!(db.versions("config"), vec![rel_version], "{d}");
    assert_eq!(lines(&db.dump()), rel, "{d}: downgraded");
    // And up again, one revision applied (not the fresh-database fast path).
    ini(&["upgrade", "head"]);
    assert_eq!(lines(&db.dump()), want, "{d}: upgraded again");

    // Offline SQL carries the revision read from disk.
    let sql = ini(&["upgrade", &format!("{BELOW}:head"), "--sql"]);
    assert!(
        sql.contains(NEXT) && sql.contains("site_label"),
        "{d}: {sql}"
    );
}

#[test]
fn a_next_release_on_disk_builds_what_its_alembic_builds_on_mariadb() {
    next_release_like_alembic(Dialect::Mysql);
}

#[test]
fn a_next_release_on_disk_builds_what_its_alembic_builds_on_postgresql() {
    next_release_like_alembic(Dialect::Postgresql);
}

/// SQLite, which Asterisk's Alembic scripts cannot build: the next release is
/// 22.10.1's schema plus exactly the script's changes, and goes back to it.
#[test]
fn a_next_release_on_disk_builds_on_sqlite() {
    let adm = next_release();
    let db = TestDb::new(Dialect::Sqlite, "next");
    let rel = TestDb::new(Dialect::Sqlite, "rel");
    rel.ok(&["--asterisk", "22.10.1", "upgrade", "head"]);
    let before = lines(&rel.dump());
    write_ini(&adm.0, &db.url);
    ok_in(&adm.0, &["-c", "config.ini", "upgrade", "head"]);
    assert_eq!(db.versions("config"), vec![NEXT.to_string()]);
    let after = lines(&db.dump());
    let old: Vec<&str> = before.lines().collect();
    let added: Vec<&str> = after.lines().filter(|l| !old.contains(l)).collect();
    let new: Vec<&str> = after.lines().collect();
    let gone: Vec<&str> = before.lines().filter(|l| !new.contains(l)).collect();
    let text = added.join("\n");
    assert!(
        text.contains("column site_label varchar(64)")
            && text.contains("column tone")
            && text.contains("'site_only'"),
        "added: {text}"
    );
    assert!(
        gone.iter().all(|l| l.contains("100rel")),
        "only the 100rel check changes: gone {gone:?}"
    );
    ok_in(&adm.0, &["-c", "config.ini", "verify"]);
    ok_in(&adm.0, &["-c", "config.ini", "downgrade", BELOW]);
    assert_eq!(lines(&db.dump()), before);
}

/// A runner killed while it applies a revision read from disk is finished by the
/// same command run again, as for the revisions built in (MariaDB, whose DDL is not
/// transactional). A second script on top builds two indexes over 200,000 rows of
/// ps_endpoints, so that kills land inside a revision read from disk.
#[test]
fn a_revision_from_disk_killed_midway_is_finished_by_a_rerun() {
    let adm = next_release();
    // One more script on top, whose indexes take a while to build over many rows.
    std::fs::write(
        adm.0.join("config/versions/5a17e57c0de2_index_site_columns.py"),
        "\"\"\"index site columns\n\nRevision ID: 5a17e57c0de2\nRevises: 5a17e57c0de1\n\"\"\"\n\
         revision = '5a17e57c0de2'\ndown_revision = '5a17e57c0de1'\n\n\
         from alembic import op\nimport sqlalchemy as sa\n\n\n\
         def upgrade():\n\
         \x20   op.add_column('ps_endpoints', sa.Column('site_rank', sa.Integer))\n\
         \x20   op.create_index('ps_endpoints_site_rank', 'ps_endpoints', ['site_rank', 'id'])\n\
         \x20   op.create_index('ps_endpoints_site_label_id', 'ps_endpoints', ['site_label', 'id'])\n\n\n\
         def downgrade():\n\
         \x20   op.drop_index('ps_endpoints_site_label_id', table_name='ps_endpoints')\n\
         \x20   op.drop_index('ps_endpoints_site_rank', table_name='ps_endpoints')\n\
         \x20   op.drop_column('ps_endpoints', 'site_rank')\n",
    )
    .unwrap();
    let d = Dialect::Mysql;
    let prepared = |tag: &str| -> TestDb {
        let db = TestDb::new(d, tag);
        db.ok(&["--asterisk", "22.10.1", "upgrade", "head"]);
        db.exec("INSERT INTO ps_endpoints (id) SELECT CONCAT('ep', seq) FROM seq_1_to_200000");
        db
    };
    let args = |db: &TestDb| -> Vec<String> {
        ["--url", &db.url, "--scripts", "config", "upgrade", "head"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let reference = prepared("next_kill_ref");
    let started = std::time::Instant::now();
    let a = args(&reference);
    ok_in(&adm.0, &a.iter().map(String::as_str).collect::<Vec<_>>());
    let took = started.elapsed();
    let want = reference.dump();
    let (mut resumed, kills) = (0, 8);
    for i in 0..kills {
        let db = prepared("next_kill");
        let a = args(&db);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"))
            .args(&a)
            .current_dir(&adm.0)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(took.mul_f64(0.15 + 0.1 * i as f64));
        let _ = child.kill();
        let _ = child.wait();
        let out = run_in(&adm.0, &a);
        assert!(out.status.success(), "kill {i}: {}", stderr(&out));
        if stdout(&out).contains("interrupted after statement") {
            resumed += 1;
        }
        assert_eq!(db.dump(), want, "kill {i}");
        assert_eq!(db.versions("config"), vec!["5a17e57c0de2"], "kill {i}");
        let verify = run_in(&adm.0, &["--url", &db.url, "--scripts", "config", "verify"]);
        assert!(verify.status.success(), "kill {i}: {}", stderr(&verify));
    }
    eprintln!(
        "{kills} kills of a revision read from disk (a clean run: {} ms); {resumed} resumed inside it",
        took.as_millis()
    );
    assert!(resumed > 0, "no kill landed inside the revision");
}

/// A site revision written by `revision -m` on top of the tree: it applies, shows in
/// `status`, verifies and downgrades, on every database; a second one stacks on it.
fn site_revision(d: Dialect) {
    let db = TestDb::new(d, "site");
    let site = TempDir::new("site-migrations");
    let m = site.0.display().to_string();
    let out = db.ok(&[
        "--migrations",
        &m,
        "revision",
        "-m",
        "Add a provisioning key",
    ]);
    let file = site.0.join("config");
    let written: Vec<PathBuf> = std::fs::read_dir(&file)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{out}");
    let path = &written[0];
    let text = std::fs::read_to_string(path).unwrap();
    let head = ast_schema::definitions::revision::Tree::named("config")
        .unwrap()
        .head()
        .unwrap()
        .id;
    assert!(
        text.contains(&format!("down_revision = \"{head}\"")),
        "{text}"
    );
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("revision = \""))
        .map(|r| r.trim_end_matches('"').to_string())
        .unwrap();
    assert!(
        out.contains(&id) && out.contains(&path.display().to_string()),
        "{out}"
    );
    std::fs::write(
        path,
        text + "\n[[upgrade]]\nop = \"add_column\"\ntable = \"ps_endpoints\"\n\
                 column = { name = \"provisioning_key\", type = \"string(40)\" }\n\n\
                 [[upgrade]]\nop = \"create_index\"\nname = \"ps_endpoints_provisioning_key\"\n\
                 table = \"ps_endpoints\"\ncolumns = [\"provisioning_key\"]\n\n\
                 [[downgrade]]\nop = \"drop_index\"\nname = \"ps_endpoints_provisioning_key\"\n\
                 table = \"ps_endpoints\"\n\n\
                 [[downgrade]]\nop = \"drop_column\"\ntable = \"ps_endpoints\"\ncolumn = \"provisioning_key\"\n",
    )
    .unwrap();
    // A second one stacks on the first.
    let second = db.ok(&["--migrations", &m, "revision", "-m", "nothing yet"]);
    assert!(second.contains(&format!("revises {id}")), "{second}");

    db.ok(&["upgrade", "head"]);
    let plain = db.dump();
    db.ok(&["--migrations", &m, "upgrade", "head"]);
    let dump = db.dump();
    assert!(
        dump.contains("provisioning_key") && !plain.contains("provisioning_key"),
        "{d}: {dump}"
    );
    let status = db.ok(&["--migrations", &m, "status"]);
    assert!(
        status.contains("a site's own revision") && status.contains("drift:       no"),
        "{d}: {status}"
    );
    db.ok(&["--migrations", &m, "verify"]);
    let applied = db.ok(&["--migrations", &m, "history", "--applied"]);
    assert!(applied.contains(&id), "{d}: {applied}");
    // Without the files the database is described as unknown, with the hint.
    let bare = db.ast(&["status"]);
    assert_eq!(bare.status.code(), Some(11), "{d}: {}", stderr(&bare));
    assert!(stderr(&bare).contains("--migrations"), "{}", stderr(&bare));
    // Down through both site revisions, back to Asterisk's head.
    db.ok(&["--migrations", &m, "downgrade", head]);
    assert_eq!(db.dump(), plain, "{d}: downgraded");
    assert_eq!(db.versions("config"), vec![head.to_string()]);
}

#[test]
fn a_site_revision_applies_shows_and_downgrades_on_sqlite() {
    site_revision(Dialect::Sqlite);
}

#[test]
fn a_site_revision_applies_shows_and_downgrades_on_mariadb() {
    site_revision(Dialect::Mysql);
}

#[test]
fn a_site_revision_applies_shows_and_downgrades_on_postgresql() {
    site_revision(Dialect::Postgresql);
}

/// A site revision on a newer Asterisk's scripts read from disk: `revision -m` with the
/// ini stacks it on the script's revision, and both apply.
#[test]
fn a_site_revision_stacks_on_scripts_read_from_disk() {
    let adm = next_release();
    let db = TestDb::new(Dialect::Sqlite, "site_next");
    write_ini(&adm.0, &db.url);
    let site = TempDir::new("site-next");
    let m = site.0.display().to_string();
    let out = ok_in(
        &adm.0,
        &[
            "-c",
            "config.ini",
            "--migrations",
            &m,
            "revision",
            "-m",
            "on top",
        ],
    );
    assert!(out.contains(&format!("revises {NEXT}")), "{out}");
    let up = ok_in(
        &adm.0,
        &["-c", "config.ini", "--migrations", &m, "upgrade", "head"],
    );
    let cur = ok_in(&adm.0, &["-c", "config.ini", "--migrations", &m, "current"]);
    assert!(cur.contains("a site's own revision"), "{up}\n{cur}");
    assert!(db.dump().contains("site_label"));
}

/// Asterisk goes on after the revision a site revision sits on: two heads, named,
/// with how to rebase; nothing is run.
#[test]
fn a_fork_under_a_site_revision_is_explained() {
    let db = TestDb::new(Dialect::Sqlite, "fork");
    let master = ast_schema::definitions::revision::Tree::named("config").unwrap();
    let head = master.head().unwrap().id;
    let parent = master.at(master.len() - 1).id;
    let site = TempDir::new("site-fork");
    std::fs::create_dir_all(site.0.join("config")).unwrap();
    std::fs::write(
        site.0.join("config/aaaaaaaaaaaa_local.toml"),
        format!("revision = \"aaaaaaaaaaaa\"\ndown_revision = \"{parent}\"\nmessage = \"local\"\n"),
    )
    .unwrap();
    let m = site.0.display().to_string();
    let out = db.ast(&["--migrations", &m, "upgrade", "head"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("two heads")
            && err.contains(&format!("down_revision = \"{head}\""))
            && err.contains("aaaaaaaaaaaa_local.toml")
            && err.lines().count() == 1,
        "{err}"
    );
    let file = db.url.strip_prefix("sqlite:///").unwrap();
    assert!(!Path::new(file).exists(), "nothing may run: {file}");
}

/// A site file's revision ids are checked when the files are read: one that could
/// leave a folder, or one longer than the version table's 32 characters (which a
/// non-strict MariaDB would cut, leaving a database no command knows), is refused with
/// the file and the id, exit 27 (the user's file, not a bug in this build); so is a
/// site file whose step does not fit the schema. Nothing is run, on any database.
#[test]
fn bad_site_revision_ids_and_steps_are_the_users_error_naming_the_file() {
    let head = ast_schema::definitions::revision::Tree::named("config")
        .unwrap()
        .head()
        .unwrap()
        .id;
    let long = "a1".repeat(20);
    let cases: [(&str, String, &str); 4] = [
        ("escape.toml", format!("revision = \"../../etc\"\ndown_revision = \"{head}\"\nmessage = \"m\"\n"), "\"../../etc\""),
        ("long.toml", format!("revision = \"{long}\"\ndown_revision = \"{head}\"\nmessage = \"m\"\n"), "more than the 32"),
        ("down.toml", "revision = \"abc123\"\ndown_revision = \"a b\"\nmessage = \"m\"\n".to_string(), "down_revision \"a b\""),
        (
            "nofit.toml",
            format!(
                "revision = \"abc123\"\ndown_revision = \"{head}\"\nmessage = \"m\"\n\n[[upgrade]]\nop = \"drop_column\"\ntable = \"ps_endpoints\"\ncolumn = \"no_such_column\"\n"
            ),
            "no_such_column",
        ),
    ];
    for d in common::DIALECTS {
        let db = TestDb::new(d, "badsite");
        db.ok(&["upgrade", "head"]);
        let before = db.dump();
        for (name, text, words) in &cases {
            let site = TempDir::new("site-bad");
            std::fs::create_dir_all(site.0.join("config")).unwrap();
            let file = site.0.join("config").join(name);
            std::fs::write(&file, text).unwrap();
            let m = site.0.display().to_string();
            let out = db.ast(&["--migrations", &m, "upgrade", "head"]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(27), "{d} {name}: {err}");
            assert!(
                err.contains(&file.display().to_string())
                    && err.contains(words)
                    && err.trim_end().lines().count() == 1,
                "{d} {name}: {err}"
            );
            assert_eq!(db.dump(), before, "{d} {name}: nothing may run");
            assert_eq!(db.versions("config"), vec![head.to_string()], "{d} {name}");
        }
    }
}

/// A script on disk that builds a string of 2^36 characters (577 bytes that took
/// 6-8 GB before aborting) is refused at its line, exit 24, in well under a second's
/// worth of memory.
#[test]
fn a_crafted_script_on_disk_is_refused_at_its_line() {
    let adm = next_release();
    let crafted = adm.0.join("config/versions/6b6b6b6b6b6b_crafted.py");
    let body = format!(
        "\"\"\"crafted\n\nRevision ID: 6b6b6b6b6b6b\n\"\"\"\nrevision = '6b6b6b6b6b6b'\ndown_revision = '{NEXT}'\n\
         from alembic import op\nimport sqlalchemy as sa\ns = 'a'\n{}\
         def upgrade():\n    op.add_column('ps_endpoints', sa.Column(s, sa.String(20)))\n\n\
         def downgrade():\n    pass\n",
        "s = s + s\n".repeat(36)
    );
    std::fs::write(&crafted, body).unwrap();
    let db = TestDb::new(Dialect::Sqlite, "crafted");
    write_ini(&adm.0, &db.url);
    let out = run_in(&adm.0, &["-c", "config.ini", "upgrade", "head"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(24), "{err}");
    assert!(
        err.contains("6b6b6b6b6b6b_crafted.py:") && err.contains("more than the"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}
