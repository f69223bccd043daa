# Sourced by the scripts that start throw-away servers for the tests (pgcluster.sh,
# slurm-local.sh): free_port prints a localhost port nothing listens on, for the server
# to take next (a start that loses the port to another process is retried by the caller).
free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
