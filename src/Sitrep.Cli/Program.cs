using Sitrep.Cli;

using var shutdown = ShutdownSignal.Listen();
return await SitrepCli.RunAsync(args, CliContext.FromConsole(shutdown), shutdown.Token);
