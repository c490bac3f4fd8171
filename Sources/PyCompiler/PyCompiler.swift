// PyCompiler
