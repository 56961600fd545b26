//! The database server itself killed in the middle of a statement (MySQL/MariaDB,
//! whose DDL commits one statement at a time): the runner loses its connection,
//! says that whether the statement took effect is unknown, and once the server is
//! back, the same command finds how far the revision got and finishes it.

mod common;

#[path = "common/mariadb.rs"]
mod mariadb;

use std::time::Instant;

use common::{ast, stderr, stdout};
use mariadb::PrivateMariadb;

#[test]
fn a_server_killed_mid_statement_is_recovered_by_the_same_command() {
    let mut server = PrivateMariadb::start();
    server.sql("CREATE DATABASE reference").unwrap();
    let reference = server.url("reference");
    let started = Instant::now();
    let out = ast(&["--url", &reference, "upgrade", "head", "--replay"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let took = started.elapsed();
    let want = stdout(&ast(&["--url", &reference, "dump-schema"]));
    let mut interrupted = 0;
    for i in 0..5u32 {
        let db = format!("killed{i}");
        server.sql(&format!("CREATE DATABASE {db}")).unwrap();
        let url = server.url(&db);
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_ast-schema"))
            .args(["--url", &url, "upgrade", "head", "--replay"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Spread the kills over the run: early, middle and late.
        std::thread::sleep(took.mul_f64(0.15 + 0.17 * f64::from(i)));
        server.kill();
        let first = child.wait_with_output().unwrap();
        if !first.status.success() {
            interrupted += 1;
            let err = stderr(&first);
            assert!(
                !err.contains("nothing of this revision had run"),
                "run {i}: a lost connection is not proof that nothing ran: {err}"
            );
        }
        server.run();
        let out = ast(&["--url", &url, "--wait", "30", "upgrade", "head", "--replay"]);
        assert!(
            out.status.success(),
            "run {i}: the rerun after the server came back failed: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let verify = ast(&["--url", &url, "verify"]);
        assert!(verify.status.success(), "run {i}: {}", stdout(&verify));
        assert_eq!(
            stdout(&ast(&["--url", &url, "dump-schema"])),
            want,
            "run {i}"
        );
    }
    assert!(
        interrupted >= 3,
        "only {interrupted} of 5 kills interrupted the run"
    );
}
