//! The `pingyi` binary: everything is in the library's `cli`.

fn main() -> std::process::ExitCode {
    pingyi::cli::main()
}
