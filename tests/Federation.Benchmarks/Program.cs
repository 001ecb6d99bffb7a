using Federation.Benchmarks.Baseline;
using Federation.Benchmarks.Comparisons;
using Federation.Benchmarks.Imports;
using Federation.Benchmarks.Soak;

// The first argument names the benchmark; `baseline` is the bare server the comparisons start as a child process.
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.Run(args[1..]),
    "all" => await ComparisonRun.Run(ComparisonRun.Names, args[1..]),
    { } name when ComparisonRun.Names.Contains(name) => await ComparisonRun.Run([name], args[1..]),
    "soak" => await SoakCommand.Run(args[1..]),
    "baseline" => await BaselineServer.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Federation.Benchmarks <command> [options]
          all | reads | writes | propagation | scorecard | startup | search   [--seconds 15] [--rate 25] [--minutes 40] [--keep] [--host <Federation.Host.dll>]
          soak [--minutes 30] [--host <Federation.Host.dll>]
          import [--sizes 10000,100000] [--minutes 20] [--host <Federation.Host.dll>]
        """);
    return 2;
}
