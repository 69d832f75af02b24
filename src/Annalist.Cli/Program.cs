using Annalist.Cli;

return AnnalistCli.Run(args, new SystemConsole());
