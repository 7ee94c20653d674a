process.stdout.write('attest: not built yet\n');
