def main():
    return "main called"
if __name__ == "__main__":
    print("helper ran as main")
else:
    print("helper imported as", __name__)
