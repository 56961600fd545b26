//! Small things that each cost a user a minute: strict boolean variables, the URL's
//! source named, progress lines that stay, `show --format json`, every manual page,
//! completion values, usage errors, the environment in `--help`, no colour.

mod common;

use std::process::Command;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::ast_env as run;
use common::{stderr, stdout, TempDir, TestDb};

#[test]
fn boolean_variables_take_only_boolean_words() {
    let dir = TempDir::new("bools");
    for bad in ["maybe", "2", "enabled"] {
        let out = run(&dir.0, &[("AST_SCHEMA_QUIET", bad)], &["heads"]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains(bad), "{}", stderr(&out));
    }
    for good in ["true", "1", "yes", "YES"] {
        let out = run(&dir.0, &[("AST_SCHEMA_QUIET", good)], &["heads"]);
        assert!(out.status.success() && stdout(&out).is_empty(), "{good}");
    }
    for off in ["false", "0", "no"] {
        let out = run(&dir.0, &[("AST_SCHEMA_QUIET", off)], &["heads"]);
        assert!(!stdout(&out).is_empty(), "{off}");
    }
}

#[test]
fn the_url_source_is_named_when_several_are_given() {
    let dir = TempDir::new("prec");
    let ini = dir.0.join("config.ini");
    std::fs::write(
        &ini,
        "[alembic]\nscript_location = config\nsqlalchemy.url = sqlite:///ini.db\n",
    )
    .unwrap();
    let out = run(
        &dir.0,
        &[("AST_SCHEMA_URL", "sqlite:///env.db")],
        &["-c", "config.ini", "upgrade", "+1"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "using the database URL from AST_SCHEMA_URL; sqlalchemy.url of config.ini also given"
        ),
        "{}",
        stderr(&out)
    );
    assert!(dir.0.join("env.db").exists() && !dir.0.join("ini.db").exists());
    let cli = run(
        &dir.0,
        &[("AST_SCHEMA_URL", "sqlite:///env.db")],
        &["--url", "sqlite:///cli.db", "-c", "config.ini", "current"],
    );
    assert!(
        stderr(&cli)
            .contains("from --url; AST_SCHEMA_URL and sqlalchemy.url of config.ini also given"),
        "{}",
        stderr(&cli)
    );
    // One source: quiet about it, except with -v.
    let one = run(&dir.0, &[], &["--url", "sqlite:///env.db", "current"]);
    assert!(!stderr(&one).contains("note"), "{}", stderr(&one));
    let verbose = run(&dir.0, &[], &["--url", "sqlite:///env.db", "-v", "current"]);
    assert!(
        stderr(&verbose).contains("database URL from --url"),
        "{}",
        stderr(&verbose)
    );
}

/// Per-revision lines stay on screen after the bar; `TERM=dumb` gets no bar at all.
#[test]
fn progress_keeps_each_revision_line_and_dumb_terminals_get_plain_lines() {
    let dir = TempDir::new("pty");
    let bin = env!("CARGO_BIN_EXE_ast-schema");
    for (term, db) in [("xterm", "a.db"), ("dumb", "b.db")] {
        let cmd = format!("{bin} --url sqlite:///{db} upgrade +4 --replay");
        let out = Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .current_dir(&dir.0)
            .env("TERM", term)
            .env_remove("AST_SCHEMA_URL")
            .output()
            .expect("script(1) from util-linux runs a command on a terminal");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "{term}: {text}");
        let t = Tree::named("config").unwrap();
        for p in 1..=4 {
            assert!(text.contains(t.at(p).message), "{term}: {text}");
        }
        if term == "dumb" {
            assert!(!text.contains('\x1b'), "TERM=dumb got escapes: {text:?}");
        }
    }
}

#[test]
fn show_speaks_json() {
    let t = Tree::named("config").unwrap();
    let out = common::ast(&["--format", "json", "show", t.at(2).id]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rev = &v["trees"][0];
    assert_eq!(rev["revision"], t.at(2).id);
    assert_eq!(rev["down_revision"], t.at(1).id);
    assert_eq!(rev["message"], t.at(2).message);
    assert!(!rev["upgrade"].as_array().unwrap().is_empty());
    assert_eq!(v["command"], "show");
}

#[test]
fn every_manual_page_the_main_page_names_exists() {
    let main = stdout(&common::ast(&["man"]));
    let named: Vec<String> = main
        .split("ast\\-schema\\-")
        .skip(1)
        .filter_map(|s| s.split_once("(1)").map(|(n, _)| n.replace("\\-", "-")))
        .collect();
    assert!(named.len() >= 10, "{named:?}");
    for n in &named {
        let page = common::ast(&["man", n]);
        assert!(page.status.success(), "{n}: {}", stderr(&page));
        assert!(
            stdout(&page).contains(&format!(".TH ast-schema-{n} 1")),
            "{n}"
        );
    }
    let dir = TempDir::new("man");
    let out = common::ast(&["man", "--dir", &dir.0.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    for n in &named {
        assert!(dir.0.join(format!("ast-schema-{n}.1")).is_file(), "{n}");
    }
    assert!(dir.0.join("ast-schema.1").is_file());
}

#[test]
fn bash_completion_offers_the_values_of_tree_dialect_and_format() {
    let script = stdout(&common::ast(&["completions", "bash"]));
    for (opt, values) in [
        ("--tree", "config cdr voicemail queue_log all"),
        ("--dialect", "mysql postgresql sqlite"),
        ("--format", "text json"),
    ] {
        let block = script
            .split(&format!("{opt})"))
            .nth(1)
            .unwrap_or_else(|| panic!("no {opt} case"));
        let first = block.lines().nth(1).unwrap_or_default();
        assert!(
            first.contains(&format!("compgen -W \"{values}\"")),
            "{opt}: {first}"
        );
    }
}

#[test]
fn downgrade_without_a_target_is_a_usage_error() {
    let out = common::ast(&["--url", "sqlite:///nowhere.db", "downgrade"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("downgrade needs a target"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn help_lists_every_environment_variable() {
    let help = stdout(&common::ast(&["--help"]));
    for v in ast_schema::cli::args::env_vars() {
        assert!(help.contains(&v), "--help lacks {v}");
    }
    for v in [
        "AST_SCHEMA_ASTERISK",
        "AST_SCHEMA_REPLAY",
        "AST_SCHEMA_REQUIRE_URL",
        "AST_SCHEMA_SCRIPTS",
    ] {
        assert!(help.contains(v), "--help lacks {v}");
    }
    // And so does the guide's options table.
    let usage = include_str!("../docs/usage.md");
    for v in ast_schema::cli::args::env_vars() {
        assert!(usage.contains(&format!("`{v}`")), "docs/usage.md lacks {v}");
    }
}

/// No colour is printed anywhere (so NO_COLOR has nothing to turn off): not in
/// errors, status or progress through a pipe.
#[test]
fn nothing_prints_colour() {
    let db = TestDb::new(Dialect::Sqlite, "colour");
    for args in [
        &["upgrade", "+2"][..],
        &["status"],
        &["verify"],
        &["downgrade", "zzzz"],
    ] {
        let out = db.ast(args);
        assert!(
            !stdout(&out).contains('\x1b') && !stderr(&out).contains('\x1b'),
            "{args:?}"
        );
    }
}
