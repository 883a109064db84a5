// `pnpm idphoto …` runs at the workspace root whatever directory it is typed in; pnpm passes the
// caller's directory as INIT_CWD, so paths on the command line are resolved where the user is.
// (Only this workspace script does this: the published `idphoto` bin keeps the process's cwd.)
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { main } = await import('../packages/cli/dist/main.js');
process.exitCode = await main(process.argv.slice(2));
