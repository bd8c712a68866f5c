package dev.personaltokens.adapter.in.cli;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print a script that completes ptk's commands and options in your shell.",
      "",
      "bash: ptk completion bash > ~/.local/share/bash-completion/completions/ptk",
      "zsh:  ptk completion zsh > \"${fpath[1]}/_ptk\"   (or: source <(ptk completion zsh))"
    })
final class CompletionCommand implements Callable<Integer> {

  /**
   * The shells picocli's generator serves: its script is bash's, which zsh runs through
   * bashcompinit.
   */
  enum Shell {
    bash,
    zsh
  }

  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  Shell shell;

  CompletionCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String script = AutoComplete.bash("ptk", spec.root().commandLine());
    if (shell == Shell.zsh) {
      context.out().println("autoload -U +X compinit && compinit");
      context.out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    context.out().print(script);
    return ExitCode.OK;
  }
}
