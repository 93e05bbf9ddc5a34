using StudyGuide.Cli;

return App.Run(args);
