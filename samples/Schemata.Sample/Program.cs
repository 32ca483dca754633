using System;
using System.IO;
using Schemata.Sample;

// See SampleApp for what the sample does; `--help` prints its usage.
return SampleApp.Run(args, Console.Out, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
