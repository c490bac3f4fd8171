# unittest from CPython's library: a suite with passing, failing, erroring, skipped and
# expected-failure tests, run by TextTestRunner into a StringIO; the result's counts and the
# failing tests' names are printed (not the timing line).
import io
import unittest


class Sample(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_equal(self):
        self.assertEqual(sum(self.items), 6)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")

    def test_fails(self):
        self.assertListEqual(self.items, [1, 2, 4])

    def test_errors(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "expected failures", len(result.expectedFailures))
print(sorted(str(t).split()[0] for t, _ in result.failures + result.errors))
print("successful:", result.wasSuccessful())
print([line for line in stream.getvalue().splitlines() if line.startswith("AssertionError")])
