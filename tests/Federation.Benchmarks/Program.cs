using Federation.Benchmarks.Imports;

// One benchmark today; the first argument names it so others can join without breaking the command.
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Federation.Benchmarks import [--host <Federation.Host.dll>] [--sizes 10000,100000] [--minutes 20]");
    return 2;
}
