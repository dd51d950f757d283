use std::process::ExitCode;

fn main() -> ExitCode {
    recoupe::cli::main()
}
