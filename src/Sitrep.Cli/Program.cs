using Sitrep.Cli;

return await SitrepCli.RunAsync(args, CliContext.FromConsole());
