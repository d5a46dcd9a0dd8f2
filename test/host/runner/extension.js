// The smallest real extension, like the Hello World sample: it loads the vscode API and
// registers one command. The 'installed' suite times its activation as the baseline for ours.
const vscode = require('vscode');

module.exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('followupTestRunner.hello', () => vscode.window.showInformationMessage('Hello')));
};
