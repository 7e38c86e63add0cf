using System.Reflection;
using BenchmarkDotNet.Running;

// Not typeof(Program): the bench references the CLI, whose top-level Program would clash.
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
